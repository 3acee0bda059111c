"""Rules from published applications (eval/real/): shapes that written-for-the-purpose code
rarely has, each with a case that fires and one that stays quiet."""

from __future__ import annotations

from privlint.analysis.extractors import ALL_EXTRACTORS
from privlint.analysis.parse import analyse_source
from privlint.catalog import load_catalog
from privlint.checks.base import ClassifiedField
from privlint.resolve import resolve_fields


def resolved(source: str, module: str = "app.models") -> dict[str, ClassifiedField]:
    facts = analyse_source(
        source.encode(), f"{module.replace('.', '/')}.py", module, ALL_EXTRACTORS
    )
    fields = resolve_fields([facts], None, load_catalog())
    return {f.fact.symbol.removeprefix(f"{module}."): f for f in fields}


def element(found: dict[str, ClassifiedField], name: str) -> str | None:
    item = found.get(name)
    return item.classification.element if item else None


DICOM_STYLE = """
from django.db import models


class Study(models.Model):
    patient_name = models.CharField(max_length=100)
    referring_physician_name = models.TextField()
    manufacturer = models.TextField()
    device_serial_number = models.TextField()
    station_name = models.TextField()
    protocol_description = models.TextField()


class Referral(models.Model):
    patient_name = models.CharField(max_length=100)
    what_happened = models.TextField()
    background = models.TextField()
"""


def test_long_text_says_nothing_where_a_class_keeps_short_values_in_it() -> None:
    found = resolved(DICOM_STYLE)
    assert element(found, "Study.manufacturer") is None
    assert element(found, "Study.protocol_description") is None
    assert element(found, "Referral.what_happened") == "content"
    assert element(found, "Referral.background") == "content"


NOT_PEOPLE = """
from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField()
    timezone = models.CharField(max_length=40)


class MailTemplate(models.Model):
    name = models.CharField(max_length=100)
    username = models.CharField(max_length=100)


class Supporter(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField()
    timezone = models.CharField(max_length=40)
"""


def test_an_event_or_a_template_with_a_name_and_an_email_is_no_person_record() -> None:
    found = resolved(NOT_PEOPLE)
    assert element(found, "Event.name") is None
    assert element(found, "Event.timezone") is None
    assert element(found, "MailTemplate.name") is None
    assert element(found, "Supporter.name") == "identity.name"
    assert element(found, "Supporter.timezone") == "location.coarse"


FORMS = """
from django import forms
from django.db import models
from markdownx.models import MarkdownxField


class EmailAuthenticationForm(forms.Form):
    username = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput)


class Speaker(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField()


class Proposal(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE)
    abstract = MarkdownxField()
"""


def test_an_email_field_called_username_holds_an_email_address() -> None:
    found = resolved(FORMS, "app.forms")
    assert element(found, "EmailAuthenticationForm.username") == "contact.email"


def test_markdown_and_rich_text_columns_are_long_text() -> None:
    found = resolved(FORMS, "app.forms")
    assert element(found, "Proposal.abstract") == "content"


ACCOUNTS = """
from django.db import models


class User(models.Model):
    email = models.EmailField()
    is_staff = models.BooleanField(default=False)
    is_superuser = models.BooleanField(default=False)


class Release(models.Model):
    is_staff = models.BooleanField(default=False)


class Bankcard(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE)
    number = models.CharField(max_length=32)
    issue_number = models.CharField(max_length=4)
    start_date = models.CharField(max_length=5)


class Shelf(models.Model):
    number = models.CharField(max_length=32)
    start_date = models.CharField(max_length=5)
"""


def test_the_powers_of_a_user_account_are_its_status() -> None:
    found = resolved(ACCOUNTS)
    assert element(found, "User.is_staff") == "account.status"
    assert element(found, "User.is_superuser") == "account.status"
    assert element(found, "Release.is_staff") is None


def test_a_bankcard_records_number_and_dates_are_card_data() -> None:
    found = resolved(ACCOUNTS)
    assert element(found, "Bankcard.number") == "financial.card"
    assert element(found, "Bankcard.issue_number") == "financial.card"
    assert element(found, "Bankcard.start_date") == "financial.card"
    assert element(found, "Shelf.number") is None
    assert element(found, "Shelf.start_date") is None


PREFIXED = """
from django.db import models


class Study(models.Model):
    patient_weight = models.DecimalField(max_digits=5, decimal_places=1)
    weight = models.DecimalField(max_digits=5, decimal_places=1)
    patient_orientation = models.CharField(max_length=16)
    engineer_company = models.CharField(max_length=100)
"""


def test_a_name_that_starts_with_a_person_word_reads_the_rest_as_theirs() -> None:
    found = resolved(PREFIXED)
    assert element(found, "Study.patient_weight") == "health.measurement"
    text = found["Study.patient_weight"].classification.explanation.summary()
    assert "starts with the person word 'patient'" in text
    assert element(found, "Study.weight") is None
    assert element(found, "Study.patient_orientation") is None
    assert element(found, "Study.engineer_company") is None
    tree = """
class Join:
    parent_alias: str
    child_name: str
"""
    assert element(resolved(tree, "app.query"), "Join.parent_alias") is None


def test_metadata_does_not_overrule_an_exclusion_on_the_name() -> None:
    source = """
from django.db import models


class Member(models.Model):
    email = models.EmailField()
    secret_hash = models.CharField(max_length=128, verbose_name="password")
    memorable = models.CharField(max_length=64, verbose_name="password")
"""
    found = resolved(source)
    assert element(found, "Member.secret_hash") is None
    assert element(found, "Member.memorable") == "credentials.password"


def test_an_organisation_word_vetoes_contact_data_only_where_it_heads_the_class() -> None:
    source = """
from django.db import models


class Team(models.Model):
    email = models.EmailField()


class TeamInvite(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    email = models.EmailField()


class WholesaleOrder(models.Model):
    contact_phone = models.CharField(max_length=20)
"""
    found = resolved(source)
    assert element(found, "Team.email") is None
    assert element(found, "TeamInvite.email") == "contact.email"
    assert element(found, "WholesaleOrder.contact_phone") is None


def test_the_recipients_of_a_queued_mail_and_when_a_key_was_last_used() -> None:
    source = """
from django.db import models


class QueuedMail(models.Model):
    to = models.CharField(max_length=1000)
    cc = models.CharField(max_length=1000)
    subject = models.CharField(max_length=200)


class Shipment(models.Model):
    to = models.CharField(max_length=100)


class ApiKey(models.Model):
    last_used_on = models.DateTimeField(null=True)
"""
    found = resolved(source)
    assert element(found, "QueuedMail.to") == "contact.email"
    assert element(found, "QueuedMail.cc") == "contact.email"
    assert element(found, "Shipment.to") is None
    assert element(found, "ApiKey.last_used_on") == "behaviour.activity"


def test_a_list_of_keys_named_after_people_links_to_them() -> None:
    source = """
from dataclasses import dataclass
from uuid import UUID

from marshmallow import Schema, fields


@dataclass
class Meeting:
    attendees: list[int]
    volunteers: list[UUID]
    guests: int
    tags: list[int]


class GroupPostSchema(Schema):
    users = fields.List(fields.Integer, required=False)
"""
    found = resolved(source)
    assert element(found, "Meeting.attendees") == "identity.person_id"
    why = found["Meeting.attendees"].classification.explanation.summary()
    assert "names people in the plural" in why and "is never" not in why
    assert element(found, "Meeting.volunteers") == "identity.person_id"
    assert element(found, "Meeting.guests") is None  # counts them
    assert element(found, "Meeting.tags") is None
    assert element(found, "GroupPostSchema.users") == "identity.person_id"


def test_dicom_attribute_names_of_staff_and_the_patients_body() -> None:
    source = """
from django.db import models


class GeneralStudy(models.Model):
    operators_name = models.TextField()
    physician_of_record = models.TextField()
    name_of_physician_reading_study = models.TextField()
    station_name = models.TextField()


class PatientStudy(models.Model):
    admitting_diagnosis_description = models.TextField()
    water_equivalent_diameter = models.DecimalField(max_digits=8, decimal_places=2)
"""
    found = resolved(source)
    assert element(found, "GeneralStudy.operators_name") == "identity.name"
    assert element(found, "GeneralStudy.physician_of_record") == "identity.name"
    assert element(found, "GeneralStudy.name_of_physician_reading_study") == "identity.name"
    assert element(found, "GeneralStudy.station_name") is None
    assert element(found, "PatientStudy.admitting_diagnosis_description") == "health.condition"
    assert element(found, "PatientStudy.water_equivalent_diameter") == "health.measurement"


def test_a_user_accounts_role_and_what_a_chat_or_a_note_says() -> None:
    source = """
from pydantic import BaseModel


class UserModel(BaseModel):
    email: str
    role: str = "pending"


class StaffUser(BaseModel):
    name: str
    role: str


class ChatModel(BaseModel):
    user_id: str
    title: str
    chat: dict


class NoteForm(BaseModel):
    title: str
    data: dict | None = None


class Journal(BaseModel):
    title: str
"""
    links = """
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ChatSession(Base):
    __tablename__ = "chats"
    id: Mapped[int] = mapped_column(primary_key=True)


class ChatMessage(Base):
    __tablename__ = "chat_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id"))
    chat: Mapped[ChatSession] = relationship()
"""
    assert element(resolved(links), "ChatMessage.chat") is None  # a link, not what was said
    found = resolved(source)
    assert element(found, "UserModel.role") == "account.status"
    assert element(found, "StaffUser.role") == "employment.job_title"
    assert element(found, "ChatModel.title") == "content"
    assert element(found, "ChatModel.chat") == "content"
    assert element(found, "NoteForm.data") == "content"
    assert element(found, "Journal.title") is None


def test_wallet_accounts_a_user_string_and_satoshi_balances() -> None:
    source = """
from pydantic import BaseModel


class User(BaseModel):
    id: str
    email: str | None = None
    admin: bool = False
    super_user: bool = False
    activated: bool = True


class Wallet(BaseModel):
    id: str
    user: str
    balance_msat: int


class Release(BaseModel):
    admin: bool = False
"""
    found = resolved(source)
    assert element(found, "User.admin") == "account.status"
    assert element(found, "User.super_user") == "account.status"
    assert element(found, "User.activated") == "account.status"
    assert element(found, "Release.admin") is None
    assert element(found, "Wallet.user") == "identity.person_id"
    assert element(found, "Wallet.balance_msat") == "financial.account_balance"


def test_a_parent_up_a_tree_is_no_childs_parent() -> None:
    source = """
from django.db import models


class Category(models.Model):
    parent = models.ForeignKey("self", null=True, on_delete=models.CASCADE)


class Parent(models.Model):
    full_name = models.CharField(max_length=100)


class Child(models.Model):
    parent = models.ForeignKey(Parent, on_delete=models.CASCADE)


class CheckIn(models.Model):
    parent_id = models.IntegerField()
"""
    found = resolved(source)
    assert element(found, "Category.parent") is None
    assert element(found, "Child.parent") == "identity.person_id"
    assert element(found, "CheckIn.parent_id") == "identity.person_id"
    chat = """
from pydantic import BaseModel


class Message(BaseModel):
    user_id: str
    parent_id: str | None = None
"""
    assert element(resolved(chat), "Message.parent_id") is None


def test_an_order_with_its_buyers_contact_details_is_no_person_record() -> None:
    source = """
from django.db import models


class Order(models.Model):
    email = models.EmailField()
    phone = models.CharField(max_length=20)
    status = models.CharField(max_length=10)


class OrderPayment(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)


class Invoice(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)
    invoice_to_name = models.CharField(max_length=100)
    invoice_to_street = models.CharField(max_length=100)


class CustomerSSOClient(models.Model):
    name = models.CharField(max_length=100)
    client_secret = models.CharField(max_length=100)
"""
    found = resolved(source)
    assert element(found, "Order.email") == "contact.email"
    assert element(found, "Order.status") is None
    assert element(found, "OrderPayment.order") is None
    assert element(found, "Invoice.order") is None
    assert element(found, "Invoice.invoice_to_name") == "identity.name"
    assert element(found, "Invoice.invoice_to_street") == "contact.postal_address.street"
    assert element(found, "CustomerSSOClient.name") is None


def test_an_affiliation_is_an_institution() -> None:
    source = """
from django.db import models


class Affiliation(models.Model):
    name = models.CharField(max_length=200)
    street = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    postcode = models.CharField(max_length=20)


class Speaker(models.Model):
    full_name = models.CharField(max_length=200)
    affiliation = models.ForeignKey(Affiliation, on_delete=models.SET_NULL, null=True)
"""
    found = resolved(source)
    assert element(found, "Affiliation.name") is None
    assert element(found, "Affiliation.street") is None
    assert element(found, "Speaker.affiliation") != "identity.person_id"


def test_a_views_input_is_the_request_form_not_a_link_to_a_person() -> None:
    source = """
from dataclasses import dataclass


@dataclass
class LoginInput:
    username: str
    email: str
    phone: str


@dataclass
class LoginView:
    input: LoginInput


@dataclass
class Booking:
    guest: LoginInput
"""
    found = resolved(source)
    assert element(found, "LoginView.input") is None
    assert element(found, "Booking.guest") == "identity.person_id"


def test_a_cached_copy_of_a_name_and_a_persons_slug() -> None:
    source = """
from django.db import models


class Position(models.Model):
    attendee_name_cached = models.CharField(max_length=255)
    attendee_name_parts = models.JSONField()


class PollVote(models.Model):
    voter_slug = models.CharField(max_length=255)


class Category(models.Model):
    slug = models.SlugField()
"""
    found = resolved(source)
    assert element(found, "Position.attendee_name_cached") == "identity.name"
    assert element(found, "Position.attendee_name_parts") == "identity.name"
    assert element(found, "PollVote.voter_slug") == "identity.username"
    assert element(found, "Category.slug") is None


def test_a_bare_token_on_an_invitation_or_a_users_api_token() -> None:
    source = """
from django.db import models


class TeamInvite(models.Model):
    email = models.EmailField()
    token = models.CharField(max_length=64)


class UserApiToken(models.Model):
    token = models.CharField(max_length=64)


class RunnerToken(models.Model):
    token = models.CharField(max_length=64)
"""
    found = resolved(source)
    assert element(found, "TeamInvite.token") == "credentials.token"
    assert element(found, "UserApiToken.token") == "credentials.token"
    assert element(found, "RunnerToken.token") is None


def test_when_a_person_signed_in_last_read_and_whether_they_are_present() -> None:
    source = """
from pydantic import BaseModel


class AccessTokenPayload(BaseModel):
    sub: str
    auth_time: int


class ChatModel(BaseModel):
    user_id: str
    last_read_at: int | None = None


class UserModel(BaseModel):
    email: str
    presence_state: str | None = None


class Sensor(BaseModel):
    state: str
"""
    found = resolved(source)
    assert element(found, "AccessTokenPayload.auth_time") == "behaviour.activity"
    assert element(found, "ChatModel.last_read_at") == "behaviour.activity"
    assert element(found, "UserModel.presence_state") == "behaviour.activity"
    assert element(found, "Sensor.state") is None


def test_a_users_api_key_image_and_sysadmin_and_a_custom_foreign_key() -> None:
    source = """
from django.db import models


class UnsavedForeignKey(models.ForeignKey):
    pass


class PersonContact(models.Model):
    full_name = models.CharField(max_length=100)
    email = models.EmailField()


class User(models.Model):
    apikey = models.CharField(max_length=64)
    image_url = models.URLField()
    sysadmin = models.BooleanField(default=False)


class Order(models.Model):
    orderer = UnsavedForeignKey("PersonContact", on_delete=models.PROTECT)


class Gallery(models.Model):
    image_url = models.URLField()
"""
    found = resolved(source)
    assert element(found, "User.apikey") == "credentials.token"
    assert element(found, "User.image_url") == "identity.photo"
    assert element(found, "User.sysadmin") == "account.status"
    assert element(found, "Order.orderer") == "identity.person_id"
    assert element(found, "Gallery.image_url") is None


def test_a_persons_free_text_location_is_coarse_and_forum_reading_is_activity() -> None:
    source = """
from django.db import models


class User(models.Model):
    email = models.EmailField()
    location = models.CharField(max_length=100)
    last_failed_login = models.DateTimeField(null=True)


class TopicsRead(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE)
    last_read = models.DateTimeField()
"""
    found = resolved(source)
    assert element(found, "User.location") == "location.coarse"
    assert element(found, "User.last_failed_login") == "behaviour.activity"
    assert element(found, "TopicsRead.last_read") == "behaviour.activity"


def test_an_organisation_with_a_contact_mixin_stays_an_organisation() -> None:
    source = """
from django.db import models


class ContactMixin(models.Model):
    email = models.EmailField()
    phone = models.CharField(max_length=20)

    class Meta:
        abstract = True


class Organisation(ContactMixin):
    name = models.CharField(max_length=100)


class Person(ContactMixin):
    name = models.CharField(max_length=100)
"""
    found = resolved(source)
    assert element(found, "Organisation.name") is None
    assert element(found, "Person.name") == "identity.name"


def test_current_login_and_last_use_are_activity_and_a_pages_path_no_free_text() -> None:
    source = """
from django.db import models


class User(models.Model):
    email = models.EmailField()
    current_login_at = models.DateTimeField(null=True)


class WebAuthn(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE)
    lastuse_datetime = models.DateTimeField()


class Page(models.Model):
    owner = models.ForeignKey(User, on_delete=models.SET_NULL, null=True)
    url_path = models.TextField()
    body = models.TextField()
"""
    found = resolved(source)
    assert element(found, "User.current_login_at") == "behaviour.activity"
    assert element(found, "WebAuthn.lastuse_datetime") == "behaviour.activity"
    assert element(found, "Page.url_path") is None
    assert element(found, "Page.body") == "content"


OAUTH_CLIENT = """
from django.db import models
from django.conf import settings


class Grant(models.Model):
    # tied to a person by more than an owning account (round 18: a record only a `user` owns
    # keeps its free text), so `review` is the positive control
    applicant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    redirect_uris = models.TextField()
    scopes = models.TextField()
    grant_types = models.TextField()
    error_message = models.TextField()
    settings_pickled = models.TextField()
    review = models.TextField()
"""


def test_protocol_values_in_text_columns_are_no_free_text() -> None:
    found = resolved(OAUTH_CLIENT)
    for name in ("redirect_uris", "scopes", "grant_types", "error_message", "settings_pickled"):
        assert element(found, f"Grant.{name}") is None, name
    assert element(found, "Grant.review") == "content"


ADDRESSES_AND_STATES = """
from django.db import models
from django.conf import settings


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    address = models.CharField(max_length=150)
    city = models.CharField(max_length=50)
    state = models.CharField(max_length=50)
    address_2 = models.CharField(max_length=150)
    city_2 = models.CharField(max_length=50)
    state_2 = models.CharField(max_length=50)
    license_state = models.CharField(max_length=50)


class Job(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    state = models.CharField(max_length=20)
    country = models.CharField(max_length=2)


class Position(models.Model):
    attendee_email = models.EmailField()
    street = models.TextField()
    zipcode = models.CharField(max_length=30)
    city = models.CharField(max_length=255)
    country = models.CharField(max_length=2)


class Education(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    school = models.CharField(max_length=100)
    major = models.CharField(max_length=100)
    degree = models.CharField(max_length=100)
    graduation_year = models.IntegerField()


class Building(models.Model):
    school = models.CharField(max_length=100)
"""


def test_a_state_or_city_beside_another_address_part_and_education_records() -> None:
    found = resolved(ADDRESSES_AND_STATES)
    assert element(found, "Profile.state") == "contact.postal_address.region"
    assert element(found, "Profile.state_2") == "contact.postal_address.region"
    assert "beside 'address'" in str(found["Profile.state"].classification.explanation)
    assert element(found, "Profile.license_state") is None
    assert element(found, "Job.state") is None
    assert element(found, "Job.country") is None
    assert element(found, "Position.street") == "contact.postal_address.street"
    assert element(found, "Position.city") == "contact.postal_address.city"
    assert element(found, "Position.country") == "contact.postal_address.country"
    for name in ("school", "major", "degree", "graduation_year"):
        assert element(found, f"Education.{name}") == "demographic.education", name
    assert element(found, "Building.school") is None


MEMBER_PROFILE = """
from django.db import models


class Profile(models.Model):
    status_detail = models.CharField(max_length=50)
    security_level = models.CharField(max_length=50)
    direct_mail = models.BooleanField(default=False)


class Page(models.Model):
    status_detail = models.CharField(max_length=50)
    security_level = models.CharField(max_length=50)
"""


def test_a_profiles_status_detail_security_level_and_direct_mail() -> None:
    found = resolved(MEMBER_PROFILE)
    assert element(found, "Profile.status_detail") == "account.status"
    assert element(found, "Profile.security_level") == "account.status"
    assert element(found, "Profile.direct_mail") == "preferences.marketing"
    assert element(found, "Page.status_detail") is None
    assert element(found, "Page.security_level") is None


WORKOUT_TRACKER = """
from sqlalchemy import Column, DateTime, Float, Integer, Interval
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Workout(Base):
    __tablename__ = "workouts"
    id = Column(Integer, primary_key=True)
    workout_date = Column(DateTime)
    pauses = Column(Interval)
    moving = Column(Interval)
    ascent = Column(Float)
    max_alt = Column(Float)
    ave_speed = Column(Float)
    ave_hr = Column(Integer)


class TestRun(Base):
    __tablename__ = "test_runs"
    id = Column(Integer, primary_key=True)
    start_date = Column(DateTime)


class Mountain(Base):
    __tablename__ = "mountains"
    id = Column(Integer, primary_key=True)
    ascent = Column(Float)
    max_alt = Column(Float)
"""


def test_a_workouts_pauses_climbs_altitudes_and_average_speed() -> None:
    found = resolved(WORKOUT_TRACKER)
    for name in ("workout_date", "pauses", "moving", "ascent", "max_alt", "ave_speed"):
        assert element(found, f"Workout.{name}") == "behaviour.activity", name
    assert element(found, "Workout.ave_hr") == "health.measurement"
    assert element(found, "TestRun.start_date") is None
    assert element(found, "Mountain.ascent") is None
    assert element(found, "Mountain.max_alt") is None


PERSONAL_CONFIG = """
from django.contrib.auth.models import AbstractUser
from django.db import models


class AppUser(AbstractUser):
    phone_number = models.CharField(max_length=20)


class Server(models.Model):
    hostname = models.CharField(max_length=100)


class NotionConfig(models.Model):
    user = models.ForeignKey(AppUser, on_delete=models.CASCADE)
    server = models.ForeignKey(Server, on_delete=models.CASCADE)
    workspace = models.CharField(max_length=100)
"""


def test_a_link_to_a_person_on_a_configuration_record_is_still_a_link() -> None:
    found = resolved(PERSONAL_CONFIG)
    assert element(found, "NotionConfig.user") == "identity.person_id"
    assert "configuration record too" in str(found["NotionConfig.user"].classification.explanation)
    assert element(found, "NotionConfig.server") is None
    assert element(found, "NotionConfig.workspace") is None


FORUM_TITLES = """
from django.db import models


class Topic(models.Model):
    title = models.CharField(max_length=255)


class Ticket(models.Model):
    title = models.CharField(max_length=255)


class Page(models.Model):
    title = models.CharField(max_length=255)


class QuestionRound(models.Model):
    title = models.CharField(max_length=255)
"""


def test_the_title_of_a_topic_or_ticket_is_what_its_author_wrote() -> None:
    found = resolved(FORUM_TITLES)
    assert element(found, "Topic.title") == "content.message"
    assert element(found, "Ticket.title") == "content.message"
    assert element(found, "Page.title") is None
    assert element(found, "QuestionRound.title") is None


OPENID_LOGIN = """
from django import forms


class LoginForm(forms.Form):
    openid = forms.URLField()
    remember = forms.BooleanField()
"""


def test_an_openid_typed_into_a_login_form_is_the_persons_sign_in_id() -> None:
    found = resolved(OPENID_LOGIN, module="app.forms")
    assert element(found, "LoginForm.openid") == "online.social_id"
    assert element(found, "LoginForm.remember") is None


NAMED_FOR_THEIR_FIELDS = """
from pydantic import BaseModel


class UserIdNameResponse(BaseModel):
    id: str
    name: str


class EquipmentNames(BaseModel):
    display_name: str
"""


def test_a_class_named_for_the_fields_it_returns_keeps_its_head_word() -> None:
    found = resolved(NAMED_FOR_THEIR_FIELDS, module="app.schemas")
    assert element(found, "UserIdNameResponse.name") == "identity.name"
    assert element(found, "EquipmentNames.display_name") is None


SIGN_IN_CODES = """
from django import forms


class AccountActivationForm(forms.Form):
    token = forms.CharField()


class ActivateTOTPForm(forms.Form):
    code = forms.CharField()


class BasketVoucherForm(forms.Form):
    code = forms.CharField()
"""


def test_a_token_or_code_in_a_sign_in_or_confirmation_form() -> None:
    found = resolved(SIGN_IN_CODES, module="app.forms")
    assert element(found, "AccountActivationForm.token") == "credentials.token"
    assert element(found, "ActivateTOTPForm.code") == "credentials.token"
    assert element(found, "BasketVoucherForm.code") is None


STEP_TREE = """
from typing import Optional, TypedDict


class StepDict(TypedDict):
    id: str
    parentId: Optional[str]


class UserDict(TypedDict):
    id: str
    display_name: str


class ChildDict(TypedDict):
    parent_id: str
"""


def test_a_typeddict_is_read_by_its_record_and_a_steps_parent_is_a_step() -> None:
    found = resolved(STEP_TREE, module="app.types")
    assert element(found, "StepDict.parentId") is None
    assert element(found, "UserDict.display_name") == "identity.name"
    assert element(found, "ChildDict.parent_id") == "identity.person_id"


USER_PICKER = """
from django import forms
from tcms.core.forms.fields import UserField


class TestCaseForm(forms.Form):
    default_tester = UserField(required=False)
    priority = forms.ChoiceField()
"""


def test_a_form_field_that_picks_a_user_links_to_a_person() -> None:
    found = resolved(USER_PICKER, module="app.forms")
    assert element(found, "TestCaseForm.default_tester") == "identity.person_id"
    assert element(found, "TestCaseForm.priority") is None


CARD_PAYMENT = """
from django import forms
from django.db import models


class CreditCardPaymentForm(forms.Form):
    name = forms.CharField()
    number = forms.CharField()
    card_name = forms.CharField()


class Payment(models.Model):
    billing_address_1 = models.CharField(max_length=256)
    billing_postcode = models.CharField(max_length=256)
    billing_country_code = models.CharField(max_length=2)
    billing_country_area = models.CharField(max_length=256)


class Ticket(models.Model):
    number = models.CharField(max_length=20)
    name = models.CharField(max_length=20)
    cc_list = models.TextField()


class Page(models.Model):
    country_code = models.CharField(max_length=2)
"""


def test_a_card_forms_name_and_number_a_billing_country_code_and_a_cc_list() -> None:
    found = resolved(CARD_PAYMENT)
    assert element(found, "CreditCardPaymentForm.name") == "identity.name"
    assert element(found, "CreditCardPaymentForm.card_name") == "identity.name"
    assert element(found, "CreditCardPaymentForm.number") == "financial.card"
    assert element(found, "Payment.billing_country_code") == "contact.postal_address.country"
    assert element(found, "Payment.billing_country_area") == "contact.postal_address.region"
    assert element(found, "Ticket.cc_list") == "contact.email"
    assert element(found, "Ticket.number") is None
    assert element(found, "Page.country_code") is None


HASHED_PASSWORD = """
from django import forms
from django.contrib.auth.hashers import make_password
from django.db import models


class Customer(models.Model):
    email = models.EmailField()
    password = models.CharField(max_length=128)

    def set_password(self, raw):
        self.password = make_password(raw)


class Member(models.Model):
    email = models.EmailField()
    password = models.CharField(max_length=128)


class SignupForm(forms.Form):
    password = forms.CharField()
"""


def test_a_password_column_the_project_fills_with_a_hash_holds_no_password() -> None:
    from privlint.plugins import registry

    facts = analyse_source(
        HASHED_PASSWORD.encode(), "app/models.py", "app.models", registry().extractors
    )
    fields = resolve_fields([facts], None, load_catalog())
    found = {f.fact.symbol.removeprefix("app.models."): f for f in fields}
    assert element(found, "Customer.password") is None
    assert element(found, "Member.password") == "credentials.password"
    assert element(found, "SignupForm.password") == "credentials.password"


SERVICE_LOGINS = """
from django.db import models


class Remote(models.Model):
    name = models.TextField()
    url = models.TextField()
    proxy_url = models.TextField()
    username = models.TextField()
    password = models.TextField()


class Alert(models.Model):
    host = models.TextField()
    username = models.TextField()


class Upstream(models.Model):
    name = models.TextField()
    base_url = models.TextField()
    username = models.TextField()
    ca_cert = models.TextField()


class Supporter(models.Model):
    name = models.TextField()
    username = models.TextField()
    notes = models.TextField()


class Member(models.Model):
    server = models.TextField()
    username = models.TextField()
    password = models.TextField()
"""


def test_the_login_of_a_connection_to_a_service_is_the_services_own() -> None:
    found = resolved(SERVICE_LOGINS)
    assert element(found, "Remote.username") is None
    assert element(found, "Remote.password") is None
    assert element(found, "Alert.username") == "identity.username"
    assert element(found, "Member.username") == "identity.username"
    assert element(found, "Member.password") == "credentials.password"
    assert element(found, "Upstream.name") is None
    assert element(found, "Upstream.ca_cert") is None
    assert element(found, "Supporter.name") == "identity.name"
    assert (element(found, "Supporter.notes") or "").startswith("content")


SYSTEM_SECRETS = """
from django.conf import settings
from django.db import models


class WebhookEndpoint(models.Model):
    url = models.URLField()
    secret = models.CharField(max_length=64)


class TotpDevice(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    secret = models.CharField(max_length=64)


class FormUserOTPDataEdit(models.Model):
    secret = models.CharField(max_length=64)
"""


def test_a_secret_on_a_record_about_no_one_is_the_systems_own() -> None:
    found = resolved(SYSTEM_SECRETS)
    assert element(found, "WebhookEndpoint.secret") is None
    assert element(found, "TotpDevice.secret") == "credentials.secret"
    assert element(found, "FormUserOTPDataEdit.secret") == "credentials.secret"


TOKEN_RECORDS = """
from django import forms
from django.conf import settings
from django.db import models


class Token(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    key = models.CharField(max_length=40)


class DeviceValidationForm(forms.Form):
    token = forms.CharField()


class Lock(models.Model):
    key = models.CharField(max_length=40)
    code = models.CharField(max_length=10)
"""


def test_a_token_records_bare_key_is_the_token() -> None:
    found = resolved(TOKEN_RECORDS)
    assert element(found, "Token.key") == "credentials.token"
    assert element(found, "DeviceValidationForm.token") == "credentials.token"
    assert element(found, "Lock.key") is None
    assert element(found, "Lock.code") is None


DEVICE_KEYS = """
from django.conf import settings
from django.db import models


class Device(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=64)

    class Meta:
        abstract = True


class TOTPDevice(Device):
    key = models.CharField(max_length=80)


class SensorDevice(models.Model):
    key = models.CharField(max_length=80)
"""


def test_a_two_factor_devices_key_is_its_users_secret_through_its_base() -> None:
    found = resolved(DEVICE_KEYS)
    assert element(found, "TOTPDevice.key") == "credentials.secret"
    assert element(found, "SensorDevice.key") is None


SHARED_RECORDS = """
from django.conf import settings
from django.db import models


class Dashboard(models.Model):
    owners = models.ManyToManyField(settings.AUTH_USER_MODEL)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL)
    description = models.TextField()


class Complaint(models.Model):
    customer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL)
    description = models.TextField()
"""


def test_free_text_of_a_record_tied_to_people_only_by_who_runs_it_is_its_own() -> None:
    found = resolved(SHARED_RECORDS)
    assert element(found, "Dashboard.owners") == "identity.person_id"
    assert element(found, "Dashboard.description") is None
    assert (element(found, "Complaint.description") or "").startswith("content")


def test_a_meta_fields_field_is_read_as_its_models_field() -> None:
    models = """
from django.db import models


class Event(models.Model):
    description = models.TextField()
    capacity = models.IntegerField()


class Speaker(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    biography = models.TextField()
"""
    forms = """
from django import forms
from .models import Event, Speaker


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["description"]


class SpeakerForm(forms.ModelForm):
    class Meta:
        model = Speaker
        fields = ["biography"]
"""
    from privlint.analysis.meta_models import lend_model_fields

    files = lend_model_fields(
        [
            analyse_source(models.encode(), "conf/models.py", "conf.models", ALL_EXTRACTORS),
            analyse_source(forms.encode(), "conf/forms.py", "conf.forms", ALL_EXTRACTORS),
        ]
    )
    found = {f.fact.symbol: f for f in resolve_fields(files, None, load_catalog())}
    assert "conf.models.Event.description" not in found
    assert "conf.forms.EventForm.description" not in found  # as the model's: not personal
    bio = found["conf.forms.SpeakerForm.biography"].classification
    assert bio.element == found["conf.models.Speaker.biography"].classification.element
    assert bio.explanation.steps[0][0] == "model"


API_KEYS = """
from django.db import models


class ApiKey(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    key = models.CharField(max_length=64)


class UserActivationKey(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    activation_key = models.CharField(max_length=64)


class Translation(models.Model):
    key = models.CharField(max_length=64)
    api_version = models.CharField(max_length=8)
"""


def test_an_api_keys_bare_key_and_an_activation_key_are_tokens() -> None:
    found = resolved(API_KEYS)
    assert element(found, "ApiKey.key") == "credentials.token"
    assert element(found, "UserActivationKey.activation_key") == "credentials.token"
    assert element(found, "Translation.key") is None


FIRM_CUSTOMERS = """
from django.db import models


class EnterpriseCustomer(models.Model):
    name = models.CharField(max_length=255)
    country = models.CharField(max_length=2)
    reply_to = models.EmailField()


class Account(models.Model):
    name = models.CharField(max_length=255)
    email = models.EmailField()
    phone = models.CharField(max_length=20)
    number_of_employees = models.PositiveIntegerField()
    annual_revenue = models.DecimalField(max_digits=12, decimal_places=2)


class Customer(models.Model):
    name = models.CharField(max_length=255)
    email = models.EmailField()
"""


def test_a_firms_customer_record_and_a_crm_account_with_firmographics_are_no_person() -> None:
    found = resolved(FIRM_CUSTOMERS)
    assert element(found, "EnterpriseCustomer.name") is None
    assert element(found, "EnterpriseCustomer.country") is None
    assert element(found, "Account.name") is None
    assert element(found, "Account.email") is None
    assert element(found, "Customer.name") == "identity.name"
    assert element(found, "Customer.email") == "contact.email"


def test_a_token_records_pattern_reads_fields_not_a_functions_parameters() -> None:
    found = resolved(
        """
from django import template


class StaticNode(template.Node):
    @classmethod
    def handle_token(cls, parser, token):
        return cls(parser, token)
""",
        module="app.templatetags.static",
    )
    assert not [s for s in found if s.endswith(".token")]


USER_OWNED = """
from django.conf import settings
from django.db import models


class SavedQuery(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    description = models.TextField()


class Dashboard(models.Model):
    created_by_id = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    notes = models.TextField()


class Consultation(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    patient = models.ForeignKey("Patient", on_delete=models.CASCADE)
    notes = models.TextField()
"""


def test_free_text_of_a_record_a_user_account_only_owns_is_the_records_own() -> None:
    found = resolved(USER_OWNED)
    assert element(found, "SavedQuery.user") == "identity.person_id"
    assert element(found, "SavedQuery.description") is None  # tied only by its user
    assert element(found, "Dashboard.notes") is None  # created_by_id: the key suffix is dropped
    notes = element(found, "Consultation.notes") or ""
    assert notes.startswith("content")  # a patient is more than an owner


PERSON_KEYS = """
from django.db import models


class Employee(models.Model):
    first_name = models.CharField(max_length=50)
    email = models.EmailField()
    nationality_id = models.ForeignKey("Country", on_delete=models.PROTECT)
    plan_id = models.ForeignKey("Plan", on_delete=models.PROTECT)
"""


def test_a_persons_key_to_a_nationality_record_is_their_nationality() -> None:
    found = resolved(PERSON_KEYS)
    assert element(found, "Employee.nationality_id") == "demographic.nationality"
    assert element(found, "Employee.plan_id") is None  # a key to a plan stays a key


MAILBOXES = """
from django.conf import settings
from django.db import models


class Mailbox(models.Model):
    address = models.CharField(max_length=252)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)


class Organization(models.Model):
    title = models.CharField(max_length=100)
    created_by = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)


class Alarm(models.Model):
    mailbox = models.ForeignKey(Mailbox, on_delete=models.CASCADE)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
"""


def test_a_link_to_a_record_that_extends_a_user_one_to_one_is_a_link_to_them() -> None:
    found = resolved(MAILBOXES)
    assert element(found, "Alarm.mailbox") == "identity.person_id"
    assert "one to one" in dict(found["Alarm.mailbox"].classification.explanation.steps)["related"]
    assert element(found, "Alarm.organization") is None  # made by a user, not theirs
    assert element(found, "Mailbox.address") is None  # the class's own fields keep their reading


SITE_ROLES = """
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site
from django.db import models


class Role(models.Model):
    member = models.ManyToManyField(Site, related_name="members")
    editors = models.ManyToManyField(Site, related_name="editors")
    managers = models.ManyToManyField(Group)
    reviewer = models.ForeignKey("Reviewer", on_delete=models.CASCADE)
"""


def test_a_link_to_a_frameworks_site_or_group_is_no_person_whatever_its_name() -> None:
    found = resolved(SITE_ROLES)
    assert element(found, "Role.member") is None
    assert element(found, "Role.editors") is None
    assert element(found, "Role.managers") is None
    assert element(found, "Role.reviewer") == "identity.person_id"
