"""The sandbox's share-link endpoints: ``POST/GET /api/v1/storage/share-links`` (分享, 分享记录).

A share link is a presigned COS GET URL signed with the account's bound *permanent* keys
(:mod:`gene_desk.sandbox.account.cos_presign`), so it lives as long as asked (1 hour to 7 days)
instead of dying with the client's temporary keys. Every link is audited: who, which object,
when, until when; the URL itself is a bearer secret and is not kept.

Who may share (the sandbox's reading of the portal's roles, seed 1.8.3): the main account, and
sub-accounts whose role works with data (管理员, 业务员). 前台测试角色 and 客服辅助 (充值和拨付功能)
have no storage rights and get ``403 SHARE_NOT_ALLOWED``. The 分享记录 list is the company's for
the main account and a sub-account's own links for a sub-account, as orders and tickets are.

Where the link points: real Tencent Cloud's bucket domain
(``https://BUCKET.cos.REGION.myqcloud.com/KEY``) unless the service is given another object
address; the sandbox gives its COS endpoint's own address (path-style), so the link opens with
any HTTP client and no proxy, as a real link does.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gene_desk.core.regions import REGION_IDS, bucket_domain, split_full_name
from gene_desk.sandbox.account import seed
from gene_desk.sandbox.account.billing_query import _PAGING, Query, Where, _envelope, _paged
from gene_desk.sandbox.account.cos_presign import object_url, presigned_get
from gene_desk.sandbox.account.service import iso_time
from gene_desk.sandbox.httpjson import ApiError, Request, Router

if TYPE_CHECKING:
    from gene_desk.sandbox.account.service import AccountService

log = logging.getLogger(__name__)

MIN_EXPIRES = 3600  # 1 hour
MAX_EXPIRES = 7 * 24 * 3600  # 7 days
#: sub-account roles that work with data and may share it (the main account always may)
SHARING_ROLES = ("管理员", "业务员")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS share_links (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL REFERENCES users(account),
    company TEXT NOT NULL,
    bucket TEXT NOT NULL,
    region TEXT NOT NULL,
    object_key TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS share_links_company ON share_links(company, created_at);
"""

_DAY = 24 * 3600
# (account, key, shared this long ago, for this long) of the seeded records
_SEED_LINKS = (
    (seed.DEMO.account, "samples/NA12878_R1.fastq.zst", 10 * _DAY, 3 * _DAY),
    (seed.SUB.account, "results/NA12878.vcf", 2 * _DAY, 7 * _DAY),
    (seed.DEMO.account, "reports/qc_summary.txt", 3600, _DAY),
)

ObjectAddress = Callable[[str, str], str]  # (bucket, region) -> scheme://host[/bucket]


def tencent_address(bucket: str, region: str) -> str:
    """Real COS: the bucket's virtual-host domain."""
    return f"https://{bucket_domain(bucket, region)}"


def _bad(message: str) -> ApiError:
    return ApiError(400, "BAD_REQUEST", message)


class ShareLinksApi:
    """Handlers of /api/v1/storage/share-links."""

    def __init__(self, service: AccountService, address: ObjectAddress = tencent_address) -> None:
        self.service = service
        self.address = address
        service.store.db().conn.executescript(_SCHEMA)  # executescript commits on its own
        self._seed()

    def _seed(self) -> None:
        """A few past links of the demo company, so 分享记录 is not empty in a fresh sandbox
        (one still valid, one expired, one by the sub-account), dated from the service's clock
        when the store is first made."""
        now = int(self.service.clock())
        with self.service.store.db() as db:
            if db.execute("SELECT 1 FROM share_links LIMIT 1").fetchone():
                return
            for n, (account, key, ago, lasts) in enumerate(_SEED_LINKS, start=1):
                row = db.execute(
                    "SELECT company, appid FROM users WHERE account=?", (account,)
                ).fetchone()
                if row is None:
                    continue
                created = now - ago
                db.execute(
                    "INSERT INTO share_links(id, account, company, bucket, region, object_key,"
                    " created_at, expires_at) VALUES (?,?,?,?,?,?,?,?)",
                    (f"sl-seed{n}", account, row["company"], seed.DEMO_BUCKET,
                     seed.DEMO_REGION, key, created, created + lasts),
                )  # fmt: skip

    def routes(self, router: Router) -> None:
        router.add("POST", "/api/v1/storage/share-links", self.create)
        router.add("GET", "/api/v1/storage/share-links", self.list)

    # -- who may share --------------------------------------------------------------------------
    def _sharer(self, req: Request) -> sqlite3.Row:
        user = self.service.user_for(req)
        refusal = self.service._storage_refusal(user)
        if refusal:
            raise refusal
        if not user["is_main"] and user["role"] not in SHARING_ROLES:
            raise ApiError(
                403,
                "SHARE_NOT_ALLOWED",
                f"the role {user['role']} has no storage rights: it may not share objects"
                f" (roles that may: {', '.join(SHARING_ROLES)}, and the main account)",
            )
        return user

    @staticmethod
    def _request(body: Any, appid: str) -> tuple[str, str, str, int]:
        if not isinstance(body, dict):
            raise _bad("the body must be a JSON object with bucket, region, key, expires_seconds")
        unknown = set(body) - {"bucket", "region", "key", "expires_seconds"}
        if unknown:
            raise _bad(f"unknown field(s): {', '.join(sorted(unknown))}")
        bucket, region, key = body.get("bucket"), body.get("region"), body.get("key")
        expires = body.get("expires_seconds")
        if not isinstance(bucket, str) or split_full_name(bucket) is None:
            raise _bad(f"bucket must be a full bucket name NAME-APPID, not {bucket!r}")
        if region not in REGION_IDS:
            raise _bad(f"region must be a COS region such as ap-guangzhou, not {region!r}")
        if not isinstance(key, str) or not key or key.endswith("/") or len(key.encode()) > 850:
            raise _bad("key must be an object key (not empty, not a folder, at most 850 bytes)")
        if isinstance(expires, bool) or not isinstance(expires, int):
            raise _bad("expires_seconds must be an integer number of seconds")
        if not MIN_EXPIRES <= expires <= MAX_EXPIRES:
            raise _bad(
                f"expires_seconds must be {MIN_EXPIRES}-{MAX_EXPIRES} (1 hour to 7 days),"
                f" not {expires}"
            )
        if split_full_name(bucket)[1] != appid:  # type: ignore[index]
            raise ApiError(
                403, "FORBIDDEN", f"bucket {bucket} does not belong to this account's APPID"
            )
        return bucket, region, key, expires

    # -- handlers -------------------------------------------------------------------------------
    def create(self, req: Request) -> tuple[int, Any]:
        user = self._sharer(req)
        bucket, region, key, expires = self._request(req.body, user["appid"])
        now = int(self.service.clock())
        end = now + expires
        url = presigned_get(
            object_url(self.address(bucket, region), key),
            secret_id=user["secret_id"],
            secret_key=user["secret_key"],
            start=now,
            end=end,
        )
        link_id = "sl-" + secrets.token_hex(8)
        with self.service.store.db() as db:
            db.execute(
                "INSERT INTO share_links(id, account, company, bucket, region, object_key,"
                " created_at, expires_at) VALUES (?,?,?,?,?,?,?,?)",
                (link_id, user["account"], user["company"], bucket, region, key, now, end),
            )
        # the audit line names who, what and until when; the URL is a secret and is not logged
        log.info("share link %s: %s shared %s/%s until %s", link_id, user["account"], bucket,
                 key, iso_time(end))  # fmt: skip
        return 201, {
            "id": link_id,
            "url": url,
            "bucket": bucket,
            "region": region,
            "key": key,
            "created_at": iso_time(now),
            "expires_at": iso_time(end),
        }

    def list(self, req: Request) -> tuple[int, Any]:
        user = self.service.user_for(req)
        page, size = Query(req, _PAGING).page()
        where = Where("s.company = ?", user["company"])
        if not user["is_main"]:
            where.add("s.account = ?", user["account"])
        table = "share_links s JOIN users u ON u.account = s.account"
        total, rows = _paged(
            self.service.store.db(), table, where, "s.created_at DESC, s.rowid DESC", page, size
        )
        items = [
            {
                "id": r["id"],
                "account": r["account"],
                "account_name": r["display_name"],
                "bucket": r["bucket"],
                "region": r["region"],
                "key": r["object_key"],
                "created_at": iso_time(r["created_at"]),
                "expires_at": iso_time(r["expires_at"]),
            }
            for r in rows
        ]
        return 200, _envelope(total, page, size, items)


def registrar(address: ObjectAddress = tencent_address) -> Callable[[Router, AccountService], None]:
    """``AccountService.add_routes(registrar(address))``: serve the share-link endpoints, with
    links pointing at ``address(bucket, region)``."""

    def register(router: Router, service: AccountService) -> None:
        service.share_links = ShareLinksApi(service, address)  # type: ignore[attr-defined]
        service.share_links.routes(router)  # type: ignore[attr-defined]

    return register
