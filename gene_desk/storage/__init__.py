"""COS operations for Gene Desk over cos-python-sdk-v5: buckets, paged listing, folders, deletes.

No Qt here. Every SDK failure leaves this package as a :class:`GeneDeskError` with a code and the
COS request id. The transfer engine uses :class:`CosClients` for its low-level calls.
"""

from gene_desk.storage.client import CosClients
from gene_desk.storage.models import Bucket, DeleteResult, ListPage, ObjectEntry, ObjectInfo
from gene_desk.storage.service import Storage

__all__ = [
    "Bucket",
    "CosClients",
    "DeleteResult",
    "ListPage",
    "ObjectEntry",
    "ObjectInfo",
    "Storage",
]
