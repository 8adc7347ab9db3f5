import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.caching import VersionedCache

# Every page's footer reads the site settings; they change rarely (see home/apps.py).
SITE_SETTINGS = VersionedCache("site-settings", 3600)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact email"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("linkedin_url"), FieldPanel("youtube_url")],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        cached = SITE_SETTINGS.get_or_compute(
            f"{site.pk}", lambda: super(SiteSettings, cls).for_site(site)
        )
        # Wagtail sets attributes on the instance it returns; the cached one is shared.
        return copy.copy(cached)


def bump_site_settings(sender, created=False, **kwargs):
    """Signal receiver. A row just created cannot be cached yet: ``for_site`` creates the row
    it caches, so only changes and deletions retire the cached settings."""
    if not created:
        SITE_SETTINGS.bump()

    def social_links(self):
        return [
            (label, url)
            for label, url in (
                ("Facebook", self.facebook_url),
                ("LinkedIn", self.linkedin_url),
                ("YouTube", self.youtube_url),
            )
            if url
        ]
