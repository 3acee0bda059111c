from __future__ import annotations

from marshmallow import Schema, fields, validate


class IdentifySchema(Schema):
    anonymous_id = fields.String(required=True)
    user_hash = fields.String(load_default=None)
    external_user_id = fields.String(load_default=None)
    name = fields.String(load_default=None)
    email = fields.Email(load_default=None)
    phone = fields.String(load_default=None)
    plan = fields.String(load_default=None)
    signed_up_at = fields.DateTime(load_default=None)


class PageviewSchema(Schema):
    anonymous_id = fields.String(required=True)
    url = fields.Url(required=True)
    title = fields.String()
    referrer = fields.String(load_default=None)
    viewport_width = fields.Integer()
    occurred_at = fields.DateTime(required=True)


class MessageInSchema(Schema):
    conversation_id = fields.String(required=True)
    body = fields.String(required=True, validate=validate.Length(min=1, max=10000))
    attachment_ids = fields.List(fields.String(), load_default=list)


class MessageOutSchema(Schema):
    id = fields.String()
    body = fields.String()
    author_name = fields.String()
    author_avatar = fields.String()
    sent_at = fields.DateTime()
    is_bot = fields.Boolean()


class RatingSchema(Schema):
    conversation_id = fields.String(required=True)
    score = fields.Integer(validate=validate.Range(1, 5))
    comment = fields.String(load_default=None)


class WebhookSettingsSchema(Schema):
    target_url = fields.Url(required=True)
    signing_secret = fields.String(load_only=True)
    events = fields.List(fields.String())
    active = fields.Boolean(load_default=True)
