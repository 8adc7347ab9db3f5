"""Document downloads: Wagtail's serve view (permissions, collections' privacy, ETags, the
``document_served`` signal), with the headers a file from anyone should carry."""

from wagtail.documents.views.serve import serve

# Every response that carries a file: nothing in it may run, load or submit anything.
FILE_POLICY = "default-src 'none'"
# A download is also sandboxed, should a browser render it after all. A file shown inline
# (a PDF checked free of active content) is not: browsers refuse to run their PDF viewers in
# a sandbox.
DOWNLOAD_POLICY = f"{FILE_POLICY}; sandbox"


def serve_document(request, document_id, document_filename):
    response = serve(request, document_id, document_filename)
    disposition = response.get("Content-Disposition")
    if disposition is None:  # not the file: a redirect, a 304, a password form
        return response
    # Wagtail copies the encoding ``mimetypes`` guesses from the name ("None" for a PDF, "gzip"
    # for "x.pdf.gz"): a stored document is sent as it was uploaded, never encoded.
    response.headers.pop("Content-Encoding", None)
    inline = disposition.startswith("inline")
    response["Content-Security-Policy"] = FILE_POLICY if inline else DOWNLOAD_POLICY
    return response
