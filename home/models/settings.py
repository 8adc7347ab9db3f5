import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.caching import VersionedCache

# Every page's footer reads the site settings; they change rarely (see home/apps.py).
SITE_SETTINGS = VersionedCache("site-settings", 3600)


def footer_page(verbose_name):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The English page: each language links to its own translation of it."),
    )


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact email"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    about_page = footer_page(_("about page"))
    ask_expert_page = footer_page(_("“ask an expert” page"))
    contact_page = footer_page(_("contact page"))
    partners_page = footer_page(_("partners page"))
    privacy_page = footer_page(_("privacy page"))
    licence_page = footer_page(_("licence page"))

    panels = [
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel(f"{key}_page")
                for key in ("about", "ask_expert", "contact", "partners", "privacy", "licence")
            ],
            heading=_("Pages linked from every page's footer and the home page"),
        ),
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


def bump_site_settings(sender, created=False, **kwargs):
    """Signal receiver. A row just created cannot be cached yet: ``for_site`` creates the row
    it caches, so only changes and deletions retire the cached settings."""
    if not created:
        SITE_SETTINGS.bump()
