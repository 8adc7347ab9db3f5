"""Background work of the search app (django-tasks)."""

from django.apps import apps
from django_tasks import task
from modelsearch.index import insert_or_update_object


@task()
def update_search_index(app_label, model_name, pk):
    """Index one object as it is now; nothing to do if it was deleted meanwhile."""
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    if instance is not None:
        insert_or_update_object(instance)
