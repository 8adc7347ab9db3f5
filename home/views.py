from django.http import JsonResponse
from django.shortcuts import render

from .health import CHECKS, run_checks


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Deliberately minimal: the database or templates may be what failed.
    return render(request, "500.html", status=500)


def healthz(request):
    """200 and {"status": "ok", "checks": {…}} when every dependency answers; 503 and the
    failing ones' reasons otherwise. ``?only=database,cache`` limits the checks (a load
    balancer's probe need not take a server out when only the search server is away)."""
    names = set(request.GET.get("only", "").split(",")) - {""} or set(CHECKS)
    if not names <= set(CHECKS):
        unknown = ", ".join(sorted(names - set(CHECKS)))
        return JsonResponse({"error": f"unknown check: {unknown}"[:200]}, status=400)
    results = run_checks(names)
    healthy = all(result == "ok" for result in results.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "fail", "checks": results}, status=200 if healthy else 503
    )
    response["Cache-Control"] = "no-store"
    return response
