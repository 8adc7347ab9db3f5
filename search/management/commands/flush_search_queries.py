from django.core.management.base import BaseCommand

from search.analytics import flush


class Command(BaseCommand):
    help = (
        "Add the searches buffered in the cache to the query analytics now, without waiting "
        "for the scheduled flush."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{flush()} searches added to the query analytics.")
