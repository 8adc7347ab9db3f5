from django import template

register = template.Library()


@register.inclusion_tag("members/includes/save_button_form.html", takes_context=True)
def save_button_for(context, page):
    """The save/unsave form for a signed-in member; a sign-in link for anyone else (so that
    an anonymous page, which may be cached, holds nothing personal and no CSRF token)."""
    from members.views import saved_page_ids

    request = context.get("request")
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    return {
        "page": page,
        "request": request,
        "signed_in": signed_in,
        "saved": signed_in and page.translation_key in saved_page_ids(request),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def terms_page(context):
    """The terms and privacy notice page in the visitor's language, or None."""
    from members.privacy import terms_page as find

    request = context.get("request")
    return find(request) if request is not None else None
