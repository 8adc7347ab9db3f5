import hashlib

from django.db import migrations, models


def fill_file_hashes(apps, schema_editor):
    """Wagtail's ``file_hash`` (the download's ETag, a SHA-1) for documents the importer and
    the factories stored without one. A file missing from the storage keeps none."""
    LibraryDocument = apps.get_model("library", "LibraryDocument")
    for document in LibraryDocument.objects.filter(file_hash="").iterator():
        try:
            with document.file.open("rb") as handle:
                digest = hashlib.file_digest(handle, "sha1").hexdigest()
        except OSError:
            continue
        LibraryDocument.objects.filter(pk=document.pk).update(file_hash=digest)


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0002_extraction_error_code"),
    ]

    operations = [
        migrations.AddField(
            model_name="librarydocument",
            name="active_content",
            field=models.CharField(
                blank=True,
                editable=False,
                max_length=200,
                null=True,
                verbose_name="active content",
            ),
        ),
        migrations.RunPython(fill_file_hashes, migrations.RunPython.noop),
    ]
