from django.conf import settings
from django.db import models


class Site(models.Model):
    domain = models.CharField(max_length=253, unique=True)
    name = models.CharField(max_length=80)
    default_language = models.CharField(max_length=10, default="en-gb")
    theme = models.CharField(max_length=40, default="default")
    analytics_id = models.CharField(max_length=20, blank=True)
    contact_email = models.EmailField(blank=True)


class Page(models.Model):
    DRAFT = "draft"
    LIVE = "live"
    ARCHIVED = "archived"
    STATUS_CHOICES = [(DRAFT, "Draft"), (LIVE, "Live"), (ARCHIVED, "Archived")]

    site = models.ForeignKey(Site, on_delete=models.CASCADE)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    template_name = models.CharField(max_length=100, default="cms/page.html")
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=DRAFT)
    seo_description = models.CharField(max_length=160, blank=True)
    og_image = models.ImageField(upload_to="og/", blank=True)
    show_in_menu = models.BooleanField(default=True)
    sort_order = models.PositiveIntegerField(default=0)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)


class Block(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="blocks")
    block_type = models.CharField(max_length=30)
    position = models.PositiveSmallIntegerField()
    content = models.JSONField(default=dict)
    css_class = models.CharField(max_length=60, blank=True)


class MediaAsset(models.Model):
    file = models.FileField(upload_to="media/%Y/%m/")
    alt_text = models.CharField(max_length=200, blank=True)
    caption = models.CharField(max_length=300, blank=True)
    credit = models.CharField(max_length=120, blank=True, help_text="Photographer")
    licence = models.CharField(max_length=40, default="all-rights-reserved")
    width = models.PositiveIntegerField(null=True)
    height = models.PositiveIntegerField(null=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)


class Redirect(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE)
    old_path = models.CharField(max_length=400)
    new_path = models.CharField(max_length=400)
    permanent = models.BooleanField(default=True)
    hit_count = models.PositiveIntegerField(default=0)


class Revision(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="revisions")
    snapshot = models.JSONField()
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    age_days = models.PositiveIntegerField(default=0)
