"""The sandbox's seeded Duoyungu accounts (fictional people, fictional keys).

Three accounts matter for the storage client (seed section 1.4.2 step 3: only accounts with
Tencent Cloud opened *and* a key bound may log in): the demo account, one whose Tencent Cloud is
not opened, and one with Tencent Cloud but no key bound. A sub-account of the demo company shows
what role limits mean for the account panels.
"""

from __future__ import annotations

from dataclasses import dataclass

DEMO_APPID = "1250000000"
OTHER_APPID = "1250000001"


@dataclass(frozen=True)
class SeedAccount:
    account: str
    password: str
    display_name: str
    company: str
    role: str
    is_main: bool
    tencent_opened: bool
    appid: str | None
    secret_id: str | None
    secret_key: str | None
    agent: str = "朵云谷"  # 代理商; "朵云谷" means a customer without an agent (seed 1.3.3)
    main_account: str | None = None


DEMO = SeedAccount(
    account="demo@genedesk.example",
    password="Demo@2026",
    display_name="管理员",
    company="研发部客户",
    role="管理员",
    is_main=True,
    tencent_opened=True,
    appid=DEMO_APPID,
    secret_id="AKIDGENEDESKDEMO0000000000000000000",
    secret_key="GeneDeskDemoSecretKey000000000000",
)

SUB = SeedAccount(
    account="analyst@genedesk.example",
    password="Analyst@2026",
    display_name="数据分析员",
    company="研发部客户",
    role="业务员",
    is_main=False,
    tencent_opened=True,
    appid=DEMO_APPID,
    secret_id="AKIDGENEDESKSUB00000000000000000000",
    secret_key="GeneDeskSubSecretKey0000000000000",
    main_account=DEMO.account,
)

NO_TENCENT = SeedAccount(
    account="notencent@genedesk.example",
    password="NoTencent@2026",
    display_name="未开通用户",
    company="华东测序中心",
    role="管理员",
    is_main=True,
    tencent_opened=False,
    appid=None,
    secret_id=None,
    secret_key=None,
    agent="华东代理",
)

NO_KEY = SeedAccount(
    account="nokey@genedesk.example",
    password="NoKey@2026",
    display_name="未绑定密钥用户",
    company="西南基因组实验室",
    role="管理员",
    is_main=True,
    tencent_opened=True,
    appid=OTHER_APPID,
    secret_id=None,
    secret_key=None,
)

ACCOUNTS: tuple[SeedAccount, ...] = (DEMO, SUB, NO_TENCENT, NO_KEY)

DEMO_BUCKET = f"genedesk-demo-{DEMO_APPID}"
DEMO_REGION = "ap-guangzhou"
