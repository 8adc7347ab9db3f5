"""What a review that ends approved does (``WAGTAIL_FINISH_WORKFLOW_ACTION``). Wagtail reads the
setting while its models load, so nothing here imports them at the top."""


def publish_unless_live(workflow_state, user=None):
    """Wagtail's finish action (publish the latest revision), but for a latest revision that is
    live already: the reviewer approved the page by publishing it (home/workflows.py,
    ``approve_review_on_publish``), and publishing it again would repeat that publish."""
    from wagtail.workflows import publish_workflow_state

    instance = workflow_state.content_object
    latest = instance.get_latest_revision()
    if latest is not None and latest.pk == getattr(instance, "live_revision_id", None):
        return
    publish_workflow_state(workflow_state, user=user)
