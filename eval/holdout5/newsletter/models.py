"""Publications, posts and the people who read them."""

from __future__ import annotations

from uuid import uuid4

from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone

User = get_user_model()


class Publication(models.Model):
    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="publications")
    name = models.CharField(max_length=120)
    subdomain = models.SlugField(unique=True)
    tagline = models.CharField(max_length=240, blank=True)
    logo = models.ImageField(upload_to="logos/", blank=True)
    custom_domain = models.CharField(max_length=253, blank=True)
    from_email = models.EmailField()
    reply_to = models.EmailField(blank=True)
    paid_tier_enabled = models.BooleanField(default=False)
    monthly_price = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    created = models.DateTimeField(default=timezone.now)


class Author(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE)
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE)
    byline = models.CharField(max_length=120)
    twitter_handle = models.CharField(max_length=32, blank=True)
    headshot = models.ImageField(upload_to="authors/", blank=True)
    can_publish = models.BooleanField(default=False)


class Post(models.Model):
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(Author, on_delete=models.SET_NULL, null=True)
    title = models.CharField(max_length=200)
    subtitle = models.CharField(max_length=300, blank=True)
    slug = models.SlugField()
    body_html = models.TextField()
    cover_image = models.ImageField(upload_to="covers/", blank=True)
    audience = models.CharField(max_length=12, default="everyone")
    publish_at = models.DateTimeField(null=True, blank=True)
    send_as_email = models.BooleanField(default=True)
    word_count = models.PositiveIntegerField(default=0)


class Subscriber(models.Model):
    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE)
    email = models.EmailField()
    name = models.CharField(max_length=120, blank=True)
    paid = models.BooleanField(default=False)
    comped = models.BooleanField(default=False)
    source = models.CharField(max_length=40, blank=True)
    signup_ip = models.GenericIPAddressField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    bounce_count = models.PositiveSmallIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("publication", "email")]


class Delivery(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE)
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE)
    provider_message_id = models.CharField(max_length=120)
    sent_at = models.DateTimeField()
    opened_at = models.DateTimeField(null=True, blank=True)
    clicked_at = models.DateTimeField(null=True, blank=True)
    open_user_agent = models.CharField(max_length=400, blank=True)


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    commenter = models.ForeignKey(Subscriber, on_delete=models.CASCADE)
    body = models.TextField(max_length=4000)
    is_hidden = models.BooleanField(default=False)
    like_count = models.PositiveIntegerField(default=0)
    posted_at = models.DateTimeField(auto_now_add=True)
