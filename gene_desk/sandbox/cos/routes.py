"""Which operation serves a request: the emulation checks first, then the routing table.

Kept apart from the HTTP plumbing (handler.py) because this is where "what the sandbox does
with a request" is decided: a sub-resource, header or value the sandbox does not emulate is
refused here (emulation.py) before any operation runs, so it can never fall through to a plain
object or bucket operation (``DELETE /key?tagging`` deleting the object, ``PUT ?origin``
creating a bucket).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import emulation
from .errors import CosError
from .routing import Target

if TYPE_CHECKING:
    from .backend import Bucket


class RoutingOps:
    command: str
    headers: Any
    cos: Any

    if TYPE_CHECKING:  # provided by the handler and the operation mixins

        def bucket_for(self, t: Target) -> Bucket: ...

        def op_abort_upload(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_complete_upload(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_create_bucket(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_delete_bucket(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_delete_object(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_delete_objects(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_get_acl(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_get_location(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_get_object(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_get_versioning(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_head_bucket(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_initiate_upload(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_list_buckets(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_list_objects(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_list_parts(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_list_uploads(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_list_versions(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_put_acl(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_put_object(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_restore_object(self, t: Target, *args: Any, **kw: Any) -> None: ...
        def op_upload_part(self, t: Target, *args: Any, **kw: Any) -> None: ...

    def route(self, t: Target) -> None:
        method = self.command
        p = t.params
        if t.style == "service":
            if method in ("GET", "HEAD"):
                self.op_list_buckets(t)
                return
            raise CosError("MethodNotAllowed")
        if not t.key:
            self._route_bucket(t, method, p)
        else:
            self._route_object(t, method, p)

    def _refuse(self, t: Target, check: Callable[[], None]) -> None:
        """Run an emulation check; a refusal still reports a missing or foreign bucket first."""
        try:
            check()
        except CosError:
            self.bucket_for(t)
            raise

    def _route_bucket(self, t: Target, method: str, p: dict[str, str]) -> None:
        def checks() -> None:
            emulation.refuse_subresource(p, method, bucket=True)
            emulation.refuse_features(self.headers)

        self._refuse(t, checks)
        if method == "PUT":
            if "acl" in p:
                self.op_put_acl(t, bucket=True)
            else:  # every other PUT sub-resource was refused above
                self.op_create_bucket(t)
        elif method == "HEAD":
            self.op_head_bucket(t)
        elif method == "DELETE":
            self.op_delete_bucket(t)
        elif method == "GET":
            if "location" in p:
                self.op_get_location(t)
            elif "uploads" in p:
                self.op_list_uploads(t)
            elif "versioning" in p:
                self.op_get_versioning(t)
            elif "versions" in p:
                self.op_list_versions(t)
            elif "acl" in p:
                self.op_get_acl(t)
            else:
                self.op_list_objects(t)
        elif method == "POST" and "delete" in p:
            self.op_delete_objects(t)
        else:
            self.bucket_for(t)
            raise CosError("MethodNotAllowed")

    def _route_object(self, t: Target, method: str, p: dict[str, str]) -> None:
        def checks() -> None:
            emulation.refuse_subresource(p, method, bucket=False)
            emulation.refuse_features(self.headers)
            version = p.get("versionId")
            if version is not None and version not in ("", "null"):
                # nothing is ever versioned here: only the "null" version exists
                raise CosError("NoSuchVersion")

        self._refuse(t, checks)
        if method == "PUT":
            if "partNumber" in p and "uploadId" in p:
                self.op_upload_part(t)
            elif "acl" in p:
                self.op_put_acl(t, bucket=False)
            elif "uploadId" in p:
                self.bucket_for(t)
                raise CosError("InvalidArgument", "Upload Part needs partNumber and uploadId.")
            else:
                self.op_put_object(t)
        elif method in ("GET", "HEAD"):
            if "uploadId" in p and method == "GET":
                self.op_list_parts(t)
            elif "acl" in p and method == "GET":
                bucket = self.bucket_for(t)
                if self.cos.backend.head_object(bucket.name, t.key) is None:
                    raise CosError("NoSuchKey")
                self.op_get_acl(t, bucket.appid)
            else:
                self.op_get_object(t)
        elif method == "DELETE":
            if "uploadId" in p:
                self.op_abort_upload(t)
            else:
                self.op_delete_object(t)
        elif method == "POST":
            if "uploads" in p:
                self.op_initiate_upload(t)
            elif "uploadId" in p:
                self.op_complete_upload(t)
            elif "restore" in p:
                self.op_restore_object(t)
            else:
                self.bucket_for(t)
                raise CosError("MethodNotAllowed")
        else:
            self.bucket_for(t)
            raise CosError("MethodNotAllowed")
