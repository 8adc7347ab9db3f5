from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Deliberately minimal: the database or templates may be what failed.
    return render(request, "500.html", status=500)


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
