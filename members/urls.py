from django.urls import path

from . import views

app_name = "members"
urlpatterns = [
    path("my-childhub/", views.dashboard, name="dashboard"),
    path("my-childhub/profile/", views.edit_profile, name="edit_profile"),
    path("my-childhub/export/", views.export, name="export"),
    path("my-childhub/delete/", views.delete_account, name="delete"),
    path("my-childhub/saved/<int:page_id>/", views.save_publication, name="save"),
    path("colleagues/", views.directory_view, name="directory"),
    path("colleagues/<uuid:public_id>/", views.profile_view, name="profile"),
    path("colleagues/<uuid:public_id>/contact/", views.contact, name="contact"),
    path("messages/<uuid:token>/reply/", views.reply, name="reply"),
    path("messages/<uuid:token>/report/", views.report, name="report"),
]
