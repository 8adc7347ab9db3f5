from django.db import migrations, models


def forget_vocabulary(apps, schema_editor):
    """The vocabulary counted so far holds the words of drafts and private pages too: it is
    emptied, and ``manage.py update_index`` recounts it from the public pages (each index
    write of a page adds its words meanwhile)."""
    apps.get_model("search", "Word").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0002_words"),
    ]

    operations = [
        migrations.AddField(
            model_name="pagefacets",
            name="words",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.RunPython(forget_vocabulary, migrations.RunPython.noop),
    ]
