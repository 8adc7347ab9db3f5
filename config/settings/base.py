"""Settings shared by every deployment. Anything that differs between deployments is read
from the environment here, with a safe development default."""

import datetime
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
    "members",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
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
    "axes",
    "allauth",
    "allauth.account",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "config.middleware.PermissionsPolicyMiddleware",  # outermost: on every response
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.PublicGZipMiddleware",  # after WhiteNoise: static files come compressed
    # Inside the compression: a cached page is stored plain and compressed per request, as
    # the reader's Accept-Encoding allows.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.RegionalLanguageMiddleware",
    "config.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.routing.RouteCacheMiddleware",  # the page a URL leads to, without a tree walk
    "axes.middleware.AxesMiddleware",  # last: it turns a locked-out sign-in into its page
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


# --- Cache ---------------------------------------------------------------------------------
def cache_settings(environ):
    """Redis when REDIS_URL is set (shared by every process), local memory otherwise."""
    if environ.get("REDIS_URL"):
        default = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": environ["REDIS_URL"],
            # A Redis that hangs must not hang every request.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    else:
        # Django's default of 300 entries is too few for the library's cached ids and counts
        # (home/caching.py): a full cache drops a third of its entries at random.
        default = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    return {
        "default": default,
        # Wagtail writes an image's rendition to this cache on every use: in process memory
        # that costs nothing, where Redis would cost a round trip per image on every page.
        # After an editor replaces an image's file, another process may point at the old
        # rendition for up to the timeout.
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }


CACHES = cache_settings(os.environ)

# Public pages for anonymous readers come from this cache (home/page_cache.py) for at most
# this many seconds; publishing and editing retire them at once. 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Wagtail's frontend cache: purges on publish, unpublish and move reach the page cache above
# and, when FRONTEND_CACHE_PURGE_URL is set, a caching proxy (Varnish, Squid, nginx) in front.
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "home.page_cache.SharedCacheBackend"}}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
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
# A review a reviewer approved by publishing the page is not published a second time
# (home/workflows.py); any other approved review publishes the latest revision, as Wagtail's.
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.workflow_finish.publish_unless_live"

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
            # Indexing and rebuilds; what visitors wait on has a shorter timeout, no retries
            # and a circuit breaker (search/backends/breaker.py).
            "TIMEOUT": float(environ.get("ELASTICSEARCH_TIMEOUT", "30")),
            "SEARCH_TIMEOUT": float(environ.get("ELASTICSEARCH_SEARCH_TIMEOUT", "2")),
            "COOLOFF": float(environ.get("ELASTICSEARCH_COOLOFF", "30")),
        },
        "database": database,
    }


WAGTAILSEARCH_BACKENDS = search_backends(os.environ)

# Query analytics (search/analytics.py): searches are buffered in the cache and added to the
# database at most this often; the same visitor's repeated query counts once in this period.
SEARCH_ANALYTICS_FLUSH_SECONDS = int(os.environ.get("SEARCH_ANALYTICS_FLUSH_SECONDS", "60"))
SEARCH_ANALYTICS_REPEAT_SECONDS = int(os.environ.get("SEARCH_ANALYTICS_REPEAT_SECONDS", "1800"))

# --- Library --------------------------------------------------------------------------------
WAGTAILDOCS_DOCUMENT_MODEL = "library.LibraryDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.LibraryDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx"]
LIBRARY_MAX_UPLOAD_MB = int(os.environ.get("LIBRARY_MAX_UPLOAD_MB", "50"))
# Documents are read in a child process that may grow this much and run this long
# (library/sandbox.py).
LIBRARY_EXTRACTION_MEMORY_MB = int(os.environ.get("LIBRARY_EXTRACTION_MEMORY_MB", "1024"))
LIBRARY_EXTRACTION_TIMEOUT = float(os.environ.get("LIBRARY_EXTRACTION_TIMEOUT", "120"))
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
        # The Elasticsearch client logs each failed attempt with its traceback; the search's
        # circuit breaker and the indexing task log what an operator needs, once.
        "elastic_transport": {"level": "ERROR"},
    },
}

# Paths whose pages need inline scripts (the Wagtail admin); see config/middleware.py
CSP_RELAXED_PATH_PREFIXES = ("/admin/", "/documents/")

# Sign-in throttle (django-axes; config/login_throttle.py): after LOGIN_FAILURE_LIMIT failures
# for one account or from one address, sign-in is refused for LOGIN_COOLOFF_MINUTES.
AUTHENTICATION_BACKENDS = [
    "config.login_throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Members sign in with their e-mail address (django-allauth, members/).
    "allauth.account.auth_backends.AuthenticationBackend",
]
# axes counts an allauth sign-in (e-mail) and an admin one (user name) alike.
AXES_USERNAME_CALLABLE = "config.login_throttle.attempted_username"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each counted on its own
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_ENABLE_ADMIN = False
AXES_LOCKOUT_CALLABLE = "config.login_throttle.locked_out"
AXES_CLIENT_IP_CALLABLE = "config.login_throttle.client_address"
# Reverse proxies in front of the application that append to X-Forwarded-For (0: none).
LOGIN_TRUSTED_PROXIES = int(os.environ.get("LOGIN_TRUSTED_PROXIES", "0"))
FORMAT_MODULE_PATH = ["config.formats"]


# --- E-mail ---------------------------------------------------------------------------------
def email_settings(environ):
    """Django's e-mail settings from ``EMAIL_URL`` (``smtp://user:password@host:587?tls=1``,
    ``smtps://…`` for TLS from the first byte, ``console://``), else from the ``EMAIL_*``
    variables; SMTP by default. Development and tests override the backend."""
    from urllib.parse import parse_qs, unquote, urlsplit

    found = {
        "EMAIL_BACKEND": environ.get(
            "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
        ),
        "EMAIL_HOST": environ.get("EMAIL_HOST", "localhost"),
        "EMAIL_PORT": int(environ.get("EMAIL_PORT", "25")),
        "EMAIL_HOST_USER": environ.get("EMAIL_HOST_USER", ""),
        "EMAIL_HOST_PASSWORD": environ.get("EMAIL_HOST_PASSWORD", ""),
        "EMAIL_USE_TLS": environ.get("EMAIL_USE_TLS", "false").lower() == "true",
        "EMAIL_USE_SSL": environ.get("EMAIL_USE_SSL", "false").lower() == "true",
        "EMAIL_TIMEOUT": int(environ.get("EMAIL_TIMEOUT", "20")),
    }
    if not environ.get("EMAIL_URL"):
        return found
    url = urlsplit(environ["EMAIL_URL"])
    options = {key: values[-1] for key, values in parse_qs(url.query).items()}
    if url.scheme == "console":
        found["EMAIL_BACKEND"] = "django.core.mail.backends.console.EmailBackend"
        return found
    if url.scheme not in ("smtp", "smtps"):
        raise ValueError(f"EMAIL_URL: unknown scheme {url.scheme!r} (smtp, smtps or console)")
    found.update(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST=url.hostname or "localhost",
        EMAIL_PORT=url.port or (465 if url.scheme == "smtps" else 25),
        EMAIL_HOST_USER=unquote(url.username or ""),
        EMAIL_HOST_PASSWORD=unquote(url.password or ""),
        EMAIL_USE_SSL=url.scheme == "smtps",
        EMAIL_USE_TLS=url.scheme == "smtp" and options.get("tls", "0") in ("1", "true"),
    )
    return found


globals().update(email_settings(os.environ))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ChildHub <noreply@localhost>")

# --- Members (django-allauth, members/) -----------------------------------------------------
ACCOUNT_ADAPTER = "members.adapter.MemberAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_SIGNUP_FORM_CLASS = "members.signup.SignupDetailsForm"
ACCOUNT_FORMS = {
    "login": "members.forms.LoginForm",
    "signup": "members.forms.SignupForm",
    "reset_password": "members.forms.ResetPasswordForm",
    "reset_password_from_key": "members.forms.ResetPasswordKeyForm",
    "change_password": "members.forms.ChangePasswordForm",
    "add_email": "members.forms.AddEmailForm",
    "request_login_code": "members.forms.RequestLoginCodeForm",
    "confirm_login_code": "members.forms.ConfirmLoginCodeForm",
}
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"  # made from the e-mail address, never shown
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # the link opens a page with a button: mail scanners
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "ChildHub: "
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None  # the sign-in form's "Remember me"
# Signing in with a one-time code sent by e-mail instead of the password (members/views.py).
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60  # seconds: the mail goes out from the task queue
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3  # wrong codes before the code is void
# A mail to the member when their password or e-mail address changes (members/adapter.py).
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_RATE_LIMITS = {
    # allauth's limits, on (its defaults, stated): sign-in failures per address and per
    # account, password-reset and confirmation mails, sign-ups per address.
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "request_login_code": "20/m/ip,3/m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:dashboard"
# How many messages one member may send colleagues (members/contact.py).
MEMBERS_CONTACT_LIMIT = int(os.environ.get("MEMBERS_CONTACT_LIMIT", "5"))
MEMBERS_CONTACT_PERIOD_HOURS = int(os.environ.get("MEMBERS_CONTACT_PERIOD_HOURS", "24"))
