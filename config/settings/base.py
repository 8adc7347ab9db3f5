"""Settings shared by every deployment. Anything that differs between deployments is read
from the environment here, with a safe development default."""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public address of the site (scheme, host and port): the Site record's hostname and port
# come from it (home/sites.py), and with them the absolute URLs of sitemaps, feeds, JSON-LD.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")

INSTALLED_APPS = [
    "home",
    "library",
    "academy",
    "advocacy",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "search",  # after wagtail.search: it rewires Wagtail's indexing signals (search/indexing.py)
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "django_tasks_db",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.PublicGZipMiddleware",  # after WhiteNoise: static files come compressed
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.RegionalLanguageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A database host that does not answer fails a request in seconds, not minutes.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            # A Redis that hangs must not hang every request.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    # Django's default of 300 entries is too few for the library's cached ids and counts
    # (home/caching.py): a full cache drops a third of its entries at random.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# --- Languages ------------------------------------------------------------------------------
# Django knows no "sh" (Serbo-Croat-Bosnian, Latin script); the real platform uses that code.
LANG_INFO["sh"] = {
    "bidi": False,
    "code": "sh",
    "name": "Serbo-Croatian",
    "name_local": "srpskohrvatski",
    "fallback": ["sr-latn"],
}

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("sq", _("Albanian")),
    ("bg", _("Bulgarian")),
    ("hu", _("Hungarian")),
    ("ro", _("Romanian")),
    ("sh", _("Serbo-Croat-Bosnian")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [(code, name) for code, name in LANGUAGES if code != "sh"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Belgrade"
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))


def media_storage(environ):
    """Uploaded files on the local file system, or in an S3-compatible bucket when
    AWS_STORAGE_BUCKET_NAME is set (django-storages and boto3: ``pip install -e ".[s3]"``).
    The bucket's images are public URLs; documents stay private and are served by the
    application after its privacy checks (WAGTAILDOCS_SERVE_METHOD below)."""
    if not environ.get("AWS_STORAGE_BUCKET_NAME"):
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": environ["AWS_STORAGE_BUCKET_NAME"],
        "querystring_auth": False,
        "file_overwrite": False,
        "default_acl": None,
    }
    for option, variable in (
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),
        ("access_key", "AWS_ACCESS_KEY_ID"),
        ("secret_key", "AWS_SECRET_ACCESS_KEY"),
    ):
        if environ.get(variable):
            options[option] = environ[variable]
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# The application serves MEDIA_ROOT's images itself (config/media.py) unless a web server in
# front of it does: SERVE_MEDIA=false. Documents are always served by Wagtail's view.
SERVE_MEDIA = STORAGES["default"]["BACKEND"].endswith("FileSystemStorage") and (
    os.environ.get("SERVE_MEDIA", "true").lower() == "true"
)
MEDIA_CACHE_SECONDS = int(os.environ.get("MEDIA_CACHE_SECONDS", str(60 * 60 * 24)))
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "ChildHub"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL or "http://127.0.0.1:8000")
WAGTAILLOCALIZE_JQUERY_DATEPICKER = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Background tasks (text extraction, search indexing). "database" queues them in PostgreSQL for
# `manage.py db_worker`; "immediate" runs them in the request (development, tests).
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[os.environ.get("TASKS_BACKEND", "immediate")]}}


# --- Search ---------------------------------------------------------------------------------
def search_backends(environ):
    """PostgreSQL full-text search by default; Elasticsearch 9 when ELASTICSEARCH_URL is set,
    with the database index kept up to date beside it, so that search falls back to the
    database when Elasticsearch does not answer (search/backends/__init__.py)."""
    database = {"BACKEND": "search.backends.database"}
    if not environ.get("ELASTICSEARCH_URL"):
        return {"default": database}
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", "childhub_"),
            "TIMEOUT": int(environ.get("ELASTICSEARCH_TIMEOUT", "5")),
        },
        "database": database,
    }


WAGTAILSEARCH_BACKENDS = search_backends(os.environ)

# --- Library --------------------------------------------------------------------------------
WAGTAILDOCS_DOCUMENT_MODEL = "library.LibraryDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.LibraryDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx"]
LIBRARY_MAX_UPLOAD_MB = int(os.environ.get("LIBRARY_MAX_UPLOAD_MB", "50"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024


# --- Machine translation (wagtail-localize) -------------------------------------------------
def machine_translator(environ):
    """wagtail-localize's machine translator: DeepL when DEEPL_API_KEY is set, otherwise a
    LibreTranslate server when LIBRETRANSLATE_URL is set, otherwise none."""
    if environ.get("DEEPL_API_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_API_KEY"], "TIMEOUT": 30},
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"],
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
                "TIMEOUT": 30,
            },
        }
    return None


if machine_translator(os.environ):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)

# --- Security -------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# Paths whose pages need inline scripts (the Wagtail and Django admins); see config/middleware.py
CSP_RELAXED_PATH_PREFIXES = ("/admin/", "/django-admin/", "/documents/")
FORMAT_MODULE_PATH = ["config.formats"]
