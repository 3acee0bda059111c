"""Users, organisations, repositories and keys of the code-hosting service."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.db import models

from .managers import UserManager


class User(AbstractBaseUser, PermissionsMixin):
    username = models.CharField(max_length=39, unique=True)
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=255, blank=True)
    pronouns = models.CharField(max_length=30, blank=True)
    company = models.CharField(max_length=120, blank=True)
    location = models.CharField(max_length=120, blank=True)
    blog = models.URLField(blank=True)
    twitter_username = models.CharField(max_length=15, blank=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)
    keep_email_private = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    is_sponsor = models.BooleanField(default=False)
    two_factor_enabled = models.BooleanField(default=False)
    date_joined = models.DateTimeField(auto_now_add=True)

    objects = UserManager()

    USERNAME_FIELD = "username"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["email"]


class Organization(models.Model):
    login = models.CharField(max_length=39, unique=True)
    display_name = models.CharField(max_length=120)
    billing_email = models.EmailField()
    description = models.CharField(max_length=300, blank=True)
    members = models.ManyToManyField(User, through="Membership", related_name="orgs")
    default_repo_permission = models.CharField(max_length=10, default="read")


class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    role = models.CharField(max_length=10, default="member")
    public = models.BooleanField(default=False)


class Repository(models.Model):
    owner = models.ForeignKey(User, on_delete=models.CASCADE, null=True, blank=True)
    org = models.ForeignKey(Organization, on_delete=models.CASCADE, null=True, blank=True)
    name = models.CharField(max_length=100)
    description = models.CharField(max_length=350, blank=True)
    private = models.BooleanField(default=False)
    default_branch = models.CharField(max_length=255, default="main")
    stars = models.PositiveIntegerField(default=0)
    size_kb = models.PositiveIntegerField(default=0)
    license_key = models.CharField(max_length=40, blank=True)
    archived = models.BooleanField(default=False)
    pushed_at = models.DateTimeField(null=True, blank=True)


class SSHKey(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="ssh_keys")
    title = models.CharField(max_length=100)
    public_key = models.TextField()
    fingerprint = models.CharField(max_length=64, unique=True)
    last_used = models.DateTimeField(null=True, blank=True)


class PersonalAccessToken(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="tokens")
    note = models.CharField(max_length=100)
    token_digest = models.CharField(max_length=64, unique=True)
    token_prefix = models.CharField(max_length=8)
    scopes = models.JSONField(default=list)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_ip = models.GenericIPAddressField(null=True, blank=True)


class Commit(models.Model):
    repository = models.ForeignKey(Repository, on_delete=models.CASCADE)
    sha = models.CharField(max_length=40)
    message = models.TextField()
    author_name = models.CharField(max_length=255)
    author_email = models.EmailField()
    authored_at = models.DateTimeField()
    committer = models.ForeignKey(User, on_delete=models.SET_NULL, null=True)
    verified_signature = models.BooleanField(default=False)


class Issue(models.Model):
    repository = models.ForeignKey(Repository, on_delete=models.CASCADE, related_name="issues")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=256)
    body = models.TextField(blank=True)
    opened_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True)
    assignees = models.ManyToManyField(User, related_name="assigned_issues", blank=True)
    state = models.CharField(max_length=8, default="open")
    locked = models.BooleanField(default=False)
    comment_count = models.PositiveIntegerField(default=0)


class SecuritySettings(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE)
    totp_secret = models.CharField(max_length=64, blank=True)
    recovery_codes = models.JSONField(default=list)
    session_timeout_minutes = models.PositiveIntegerField(default=20160)
