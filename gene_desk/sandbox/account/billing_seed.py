"""Deterministic, fictional money records for the sandbox's account panels.

Shaped on the tables of the Duoyungu user guide (1.3 运营控制台, 1.5 费用中心, 1.6 运营工单,
1.7 消息中心, 1.8 用户管理): about 18 months of consumption on several platforms, the recharges
and allocations (拨付) that paid for it, coupons in every state, invoices, refunds, the tickets
those produced, orders of security products and the messages about all of it.

Why generated and not shipped: the records are relative to *today* (the current month always has
an estimated cost, the newest coupons are always unused), and a fixed seed makes every sandbox show
the same data for the same day. Amounts are integers in fen from start to end, so every total the
service computes is exact. The one invariant the generator keeps while it runs is the account
balance: recharges come before the allocations and refunds that spend them, so the balance never
goes negative and `balance = recharges - balance allocations - refunds` holds at every instant.

Only the demo company (``seed.DEMO.company``) gets records; every other company is empty, which is
what a panel shows as 暂无数据.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from gene_desk.core.chinatime import CHINA_TZ

MONTHS = 18
SEED = 20210205  # the guide's publication date

# code, name, portal order
PLATFORMS: tuple[tuple[str, str], ...] = (
    ("zhongjinyun", "中金云"),
    ("huaweicloud", "华为云"),
    ("tencentcloud", "腾讯云"),
    ("jdcloud", "京东云"),
    ("aliyun", "阿里云"),
)
PLATFORM_NAMES = dict(PLATFORMS)
CATEGORIES = ("compute", "storage", "network", "security", "other")

# Contract discounts of the demo company, in percent (the guide's 中金云 70%, 华为云 80%).
DISCOUNTS = {"zhongjinyun": 70, "huaweicloud": 80, "tencentcloud": 85, "jdcloud": 90, "aliyun": 88}
# Month index (0 = 17 months ago) from which a platform is opened and consumed; aliyun is being
# opened now (an open_public_cloud ticket in progress).
PLATFORM_START = {"zhongjinyun": 0, "tencentcloud": 0, "huaweicloud": 3, "jdcloud": 8}

# category, product, typical monthly amount in fen
PORTFOLIOS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "zhongjinyun": (
        ("compute", "主机", 2_050_000),
        ("compute", "映像", 5_853),
        ("storage", "云硬盘", 318_000),
        ("storage", "对象存储", 46_500),
        ("network", "弹性公网IP", 88_000),
        ("network", "带宽", 152_000),
        ("security", "主机安全", 36_000),
        ("other", "技术服务", 50_000),
    ),
    "huaweicloud": (
        ("compute", "弹性云服务器", 380_000),
        ("storage", "对象存储服务", 120_000),
        ("network", "带宽", 60_000),
        ("security", "WEB应用防火墙", 25_000),
        ("other", "短信服务", 3_207),
    ),
    "tencentcloud": (
        ("storage", "对象存储 COS", 260_000),
        ("network", "内容分发网络 CDN", 48_000),
        ("compute", "云服务器 CVM", 150_000),
        ("security", "主机安全", 12_000),
        ("other", "云函数", 1_801),
    ),
    "jdcloud": (
        ("compute", "云主机", 90_000),
        ("storage", "云硬盘", 22_000),
        ("network", "负载均衡", 9_507),
        ("other", "技术服务", 15_000),
    ),
}
# Security products of guide 1.4.1 with a spec line and a monthly price in fen.
SECURITY_PRODUCTS: tuple[tuple[str, str, int], ...] = (
    ("WEB应用防火墙", "防护域名数:1个 业务带宽:10兆 规格:标准版", 128_000),
    ("WEB防篡改", "防护服务器数:1台 规格:标准版", 46_000),
    ("入侵防护", "业务带宽:1兆 规格:基础版 防护IP数量:1个", 1_290),
    ("防病毒(天擎)", "linux终端数:1个 windows终端数:1个", 555),
    ("防病毒(卡巴斯基)", "windows终端数:5个", 3_107),
    ("漏洞扫描", "扫描IP数:8个 规格:标准版", 19_800),
    ("数据库审计", "数据库实例数:1个 规格:基础版", 36_000),
    ("DDOS防护", "防护带宽:20G 规格:基础版", 88_800),
    ("主机安全", "防护主机数:2台 规格:企业版", 7_200),
)
ROLES: tuple[tuple[str, str], ...] = (
    ("管理员", "主账号，拥有全部功能"),
    ("前台测试角色", "暂无"),
    ("业务员", "暂无"),
    ("客服辅助", "充值和拨付功能"),
)
# Sub-accounts in the user list that have no sandbox password (the portal shows them all).
EXTRA_MEMBERS: tuple[tuple[str, str, str], ...] = (
    ("finance@genedesk.example", "财务助理", "客服辅助"),
    ("tester@genedesk.example", "前台测试", "前台测试角色"),
)
BANK = "招商银行6215****8761"
TICKET_TYPE_LABELS = {
    "open_public_cloud": "开通公有云",
    "recharge": "充值",
    "allocation": "拨付",
    "refund": "退费",
    "invoice": "开票",
    "withdrawal": "提现",
    "open_security": "开通安全配置",
}
INVOICE_TYPE_LABELS = {
    "recharge": "充值发票",
    "prepaid_recharge": "预开充值发票",
    "consumption": "消费发票",
}


@dataclass(frozen=True)
class Member:
    account: str
    display_name: str
    role: str
    is_main: bool


def yuan(fen: int) -> str:
    """Fen as the contract's Money string ("2857.14", "-0.05")."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


def actual_fen(amount_fen: int, discount_pct: int) -> int:
    """拨付实际到账金额: amount / discount, rounded half-up to the fen (2000 at 70% -> 2857.14)."""
    exact = Decimal(amount_fen) * 100 / Decimal(discount_pct)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def iso(moment: datetime) -> str:
    return moment.astimezone(CHINA_TZ).isoformat(timespec="seconds")


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


@dataclass
class SeedData:
    """Rows per table, as column -> value dicts (times are ISO strings in China time)."""

    company_platforms: list[dict[str, Any]] = field(default_factory=list)
    consumption: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)
    recharges: list[dict[str, Any]] = field(default_factory=list)
    allocations: list[dict[str, Any]] = field(default_factory=list)
    coupons: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[dict[str, Any]] = field(default_factory=list)
    refunds: list[dict[str, Any]] = field(default_factory=list)
    tickets: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def generate(company: str, members: list[Member], today: date, *, rich: bool) -> SeedData:
    """Records of one company as of the start of ``today`` (China time).

    ``members`` are the company's accounts that can log in (the main account first). With
    ``rich`` False only the platform list and the user list are produced.
    """
    data = SeedData()
    gen = _Generator(company, members, today, data)
    gen.members()
    if rich:
        gen.run()
    else:
        for code, _ in PLATFORMS:
            data.company_platforms.append(
                {"company": company, "platform": code, "opened": 0, "discount_pct": 100}
            )
    return data


class _Generator:
    def __init__(self, company: str, members: list[Member], today: date, data: SeedData) -> None:
        self.company = company
        self.main = next((m for m in members if m.is_main), members[0])
        self.subs = [m for m in members if not m.is_main]
        self.logins = members
        self.today = today
        self.cutoff = datetime.combine(today, time(0), CHINA_TZ)
        self.rng = random.Random(f"{SEED}:{company}:{today.isoformat()}")
        self.data = data
        self.numbers: set[str] = set()
        y, m = today.year, today.month
        self.months = [add_months(y, m, i - (MONTHS - 1)) for i in range(MONTHS)]
        self.monthly: dict[tuple[str, int], int] = {}  # (platform, month index) -> fen

    # -- helpers --------------------------------------------------------------------------------
    def number(self, prefix: str, moment: datetime) -> str:
        """The portal's record number: the prefix (BF, CZ, KP, TF ...), the moment in epoch
        milliseconds (13 digits) and 4 random digits, 17 digits in all
        (``BF16044750630118511`` was made at 2020-11-04 15:31:03, seed 1.5.8)."""
        while True:
            value = f"{prefix}{int(moment.timestamp() * 1000)}{self.rng.randrange(10**4):04d}"
            if value not in self.numbers:
                self.numbers.add(value)
                return value

    def at(self, day: date, lo: int = 9, hi: int = 17) -> datetime:
        seconds = self.rng.randrange(lo * 3600, hi * 3600)
        return datetime.combine(day, time(0), CHINA_TZ) + timedelta(seconds=seconds)

    def day(self, index: int, dom: int) -> date | None:
        """Day ``dom`` (clamped to the month) of month ``index``, if it is before today."""
        year, month = self.months[index]
        dom = min(max(dom, 1), calendar.monthrange(year, month)[1])
        result = date(year, month, dom)
        return result if result < self.today else None

    def later(self, moment: datetime, lo_s: int, hi_s: int) -> datetime | None:
        """A completion time after ``moment``, or None when it would not have happened yet."""
        result = moment + timedelta(seconds=self.rng.randrange(lo_s, hi_s))
        return result if result < self.cutoff else None

    def ticket(
        self,
        type_: str,
        description: str,
        applied: datetime,
        completed: datetime | None,
        status: str,
        applicant: Member | None = None,
    ) -> None:
        who = applicant or self.main
        self.data.tickets.append(
            {
                "ticket_no": self.number("GD", applied),
                "company": self.company,
                "type": type_,
                "description": description,
                "applied_at": iso(applied),
                "applicant": who.account,
                "applicant_name": who.display_name,
                "completed_at": iso(completed) if completed else None,
                "status": status,
            }
        )

    # -- generation -----------------------------------------------------------------------------
    def members(self) -> None:
        created = self.cutoff - timedelta(days=MONTHS * 31 + 20)
        rows = [(m.account, m.display_name, m.role, m.is_main) for m in self.logins]
        rows += [(a, n, r, False) for a, n, r in EXTRA_MEMBERS] if self.subs else []
        for i, (account, name, role, is_main) in enumerate(rows):
            self.data.members.append(
                {
                    "company": self.company,
                    "account": account,
                    "display_name": name,
                    "role": role,
                    "is_main": int(is_main),
                    "phone": f"1{58 + i}****{(75 + 13 * i) % 10000:04d}",
                    "created_at": iso(created + timedelta(days=9 * i, hours=10 + i)),
                }
            )

    def run(self) -> None:
        for code, _ in PLATFORMS:
            self.data.company_platforms.append(
                {
                    "company": self.company,
                    "platform": code,
                    "opened": int(code in PLATFORM_START),
                    "discount_pct": DISCOUNTS[code],
                }
            )
        self.consumption()
        self.money_flow()
        self.coupons()
        self.orders()
        self.other_tickets()
        self.messages()

    def consumption(self) -> None:
        year, month = self.months[-1]
        days = calendar.monthrange(year, month)[1]
        elapsed = (self.today.day - 0.5) / days  # the current month's estimate so far
        for index in range(MONTHS):
            for platform, portfolio in PORTFOLIOS.items():
                if index < PLATFORM_START[platform]:
                    continue
                growth = 1 + 0.025 * (index - PLATFORM_START[platform])
                for category, product, base in portfolio:
                    if base < 10_000 and self.rng.random() < 0.15:
                        continue  # small products are not used every month
                    fen = int(base * growth * self.rng.uniform(0.85, 1.15))
                    if index == MONTHS - 1:
                        fen = int(fen * elapsed)
                    if fen <= 0:
                        continue
                    self.add_consumption(index, platform, category, product, fen)
            if index % 5 == 2:  # an occasional one-off purchase
                self.add_consumption(index, "zhongjinyun", "security", "数据库审计", 36_000)

    def add_consumption(
        self, index: int, platform: str, category: str, product: str, fen: int
    ) -> None:
        year, month = self.months[index]
        self.data.consumption.append(
            {
                "company": self.company,
                "month": month_key(year, month),
                "platform": platform,
                "category": category,
                "product": product,
                "amount_fen": fen,
            }
        )
        key = (platform, index)
        self.monthly[key] = self.monthly.get(key, 0) + fen

    # Recharges, balance allocations, refunds and the invoices on them, month by month, keeping
    # the running balance non-negative.
    def money_flow(self) -> None:
        balance = 0
        refund_months = {4, 9, 14}
        prepaid = {2: 88_083, 7: 91_400, 12: 60_000}
        # The first three months' recharges show each invoice state (guide 1.5.6), whatever the
        # dice say later: 月初 (not invoiceable), invoiced, not yet invoiced.
        states = {0: "not_invoiceable", 1: "invoiced", 2: "not_invoiced"}
        for index in range(MONTHS):
            # what this month's allocations will need: a little more than the month costs
            plan: list[tuple[str, int]] = []
            for platform in PLATFORM_START:
                cost = self.monthly.get((platform, index), 0)
                if index == MONTHS - 1:
                    cost = self.monthly.get((platform, index - 1), cost)
                if cost <= 0:
                    continue
                scaled = cost * DISCOUNTS[platform] * 108 // 10_000
                amount = -(-scaled // 10_000) * 10_000  # whole hundreds of yuan, rounded up
                plan.append((platform, amount))
            if index % 6 == 3:
                plan.append(("huaweicloud", 9_900))  # the guide's 99.00 at 80% -> 123.75
            if index % 7 == 5:
                plan.append(("zhongjinyun", 100))  # and its 1.00 at 70% -> 1.43
            needed = sum(amount for _, amount in plan)
            dom = self.rng.choice([2, 3, 4, 6, 7, 9])
            wanted = states.get(index)
            if wanted is not None:
                dom = min(dom, 3) if wanted == "not_invoiceable" else max(dom, 4)
            recharge_day = self.day(index, dom)
            if recharge_day is None:
                continue
            if balance < needed + 500_000:
                amount = -(-(needed + 500_000 - balance) // 1_000_000) * 1_000_000
                balance += self.recharge(recharge_day, amount, wanted=wanted)
            elif self.rng.random() < 0.5 or wanted is not None:
                balance += self.recharge(recharge_day, 23_300, wanted=wanted)
            if index in prepaid:
                balance += self.prepaid_recharge(index, prepaid[index])
            dom = recharge_day.day + 1
            for platform, amount in plan:
                dom += self.rng.randrange(0, 3)
                when_day = self.day(index, dom)
                if when_day is None or amount > balance:
                    continue
                balance -= self.allocate(self.at(when_day), platform, amount, "balance")
            if index in refund_months:
                refund_day = self.day(index, 24)
                if refund_day is not None:
                    amount = min(self.rng.choice([300_000, 500_000, 800_000]), balance)
                    if amount > 0:
                        balance -= self.refund(self.at(refund_day), amount, done=True)
            if index % 6 == 5:
                self.consumption_invoice(index)
        # Now: one allocation still 拨付中 and one refund 审核中, both frozen.
        yesterday = self.today - timedelta(days=1)
        if balance >= 100_000:
            balance -= self.allocate(
                self.at(yesterday, 9, 11), "huaweicloud", 100_000, "balance", done=False
            )
        two_days = self.today - timedelta(days=2)
        amount = min(200_000, balance)
        if amount > 0:
            balance -= self.refund(self.at(two_days, 9, 16), amount, done=False)
        self.balance = balance
        newest = max(self.data.invoices, key=lambda row: row["applied_at"], default=None)
        if newest is not None:
            newest["status"], newest["completed_at"] = "pending", None
            for ticket in self.data.tickets:
                if ticket["type"] == "invoice" and ticket["applied_at"] == newest["applied_at"]:
                    ticket["status"], ticket["completed_at"] = "in_progress", None

    def recharge(
        self,
        day: date,
        amount: int,
        *,
        invoice_status: str | None = None,
        wanted: str | None = None,
    ) -> int:
        """A recharge on ``day``; ``invoice_status`` is given (prepaid), or follows the day and
        the dice, or ``wanted`` (invoiced / not_invoiced) on an invoiceable day."""
        created = self.at(day, 9, 15)
        completed = created + timedelta(seconds=self.rng.randrange(40, 3600))
        last_dom = calendar.monthrange(day.year, day.month)[1]
        status = invoice_status
        if status is None:
            if day.day <= 3 or day.day > last_dom - 3:
                status = "not_invoiceable"  # guide: 每月月初三天和月末三天充值不能开具发票
            else:
                status = "not_invoiced"
                inv_day = day + timedelta(days=self.rng.randrange(1, 5))
                if (
                    inv_day < self.today
                    and wanted != "not_invoiced"
                    and (wanted == "invoiced" or self.rng.random() < 0.45)
                ):
                    status = "invoiced"
                    self.invoice(self.at(inv_day), amount, "recharge")
        self.data.recharges.append(
            {
                "recharge_no": self.number("CZ", created),
                "company": self.company,
                "account": self.main.account,
                "operator": self.main.display_name,
                "amount_fen": amount,
                "created_at": iso(created),
                "completed_at": iso(completed),
                "invoice_status": status,
            }
        )
        self.ticket(
            "recharge",
            f"{self.company}使用{BANK}充值{yuan(amount)}元",
            created,
            completed,
            "done",
        )
        return amount

    def prepaid_recharge(self, index: int, amount: int) -> int:
        """预开充值发票 first, then the recharge of the same amount (guide 1.5.10 step 8)."""
        inv_day = self.day(index, 11)
        pay_day = self.day(index, 13)
        if inv_day is None or pay_day is None:
            return 0
        self.invoice(self.at(inv_day), amount, "prepaid_recharge")
        return self.recharge(pay_day, amount, invoice_status="invoiced")

    def consumption_invoice(self, index: int) -> None:
        day = self.day(index, 12)
        if day is None or index == 0:
            return
        total = sum(fen for (_, i), fen in self.monthly.items() if i == index - 1)
        self.invoice(self.at(day), total, "consumption")

    def invoice(self, applied: datetime, amount: int, type_: str) -> None:
        completed = self.later(applied, 60, 3 * 3600)
        self.data.invoices.append(
            {
                "invoice_no": self.number("KP", applied),
                "company": self.company,
                "account": self.main.account,
                "applied_at": iso(applied),
                "amount_fen": amount,
                "title": self.company,
                "type": type_,
                "status": "completed" if completed else "pending",
                "completed_at": iso(completed) if completed else None,
            }
        )
        self.ticket(
            "invoice",
            f"{self.company}申请开{INVOICE_TYPE_LABELS[type_]}{yuan(amount)}元",
            applied,
            completed,
            "done" if completed else "in_progress",
        )

    def allocate(
        self,
        created: datetime,
        platform: str,
        amount: int,
        method: str,
        *,
        done: bool = True,
        coupon_ticket: bool = False,
    ) -> int:
        discount = DISCOUNTS[platform] if method == "balance" else 100
        completed = None
        if done:
            # 中金云拨付即时到账 (guide 1.5.7); other clouds go through a ticket
            lo, hi = (1, 3) if platform == "zhongjinyun" else (60, 5400)
            completed = created + timedelta(seconds=self.rng.randrange(lo, hi))
        self.data.allocations.append(
            {
                "allocation_no": self.number("BF", created),
                "company": self.company,
                "account": self.main.account,
                "operator": self.main.display_name,
                "created_at": iso(created),
                "completed_at": iso(completed) if completed else None,
                "platform": platform,
                "method": method,
                "amount_fen": amount,
                "actual_fen": actual_fen(amount, discount),
                "discount_pct": discount,
                "status": "completed" if done else "in_progress",
            }
        )
        if platform != "zhongjinyun" or coupon_ticket:
            self.ticket(
                "allocation",
                f"{self.company}拨付{PLATFORM_NAMES[platform]}{yuan(amount)}元",
                created,
                completed,
                "done" if done else "in_progress",
            )
        return amount

    def refund(self, applied: datetime, amount: int, *, done: bool) -> int:
        completed = applied + timedelta(seconds=self.rng.randrange(600, 7200)) if done else None
        self.data.refunds.append(
            {
                "refund_no": self.number("TF", applied),
                "company": self.company,
                "account": self.main.account,
                "amount_fen": amount,
                "applied_at": iso(applied),
                "completed_at": iso(completed) if completed else None,
                "status": "completed" if done else "reviewing",
            }
        )
        self.ticket(
            "refund",
            f"{self.company}使用{BANK}退费{yuan(amount)}元",
            applied,
            completed,
            "done" if done else "todo",
        )
        return amount

    def coupons(self) -> None:
        """Coupons are valid 30 days (guide 1.5.9); old ones were used or expired, the newest
        are unused or being allocated (拨付中). Whatever the day's dice say, the newest run-out
        coupon expired and the one before it was used, so every state shows on every day."""
        amounts = (5_000, 10_000, 20_000, 50_000)
        old_days = list(range(520, 40, -47))
        issued_days = [self.today - timedelta(days=d) for d in old_days]
        issued_days += [self.today - timedelta(days=d) for d in (25, 12, 5)]
        for n, day in enumerate(issued_days):
            issued = self.at(day, 10, 12)
            expires = issued + timedelta(days=30)
            amount = amounts[n % len(amounts)]
            state, used_at = "unused", None
            if expires < self.cutoff:
                roll = self.rng.random()
                if n != len(old_days) - 1 and (roll < 0.7 or n == len(old_days) - 2):
                    state = "used"
                    use = self.at(day + timedelta(days=self.rng.randrange(1, 10)))
                    used_at = use
                    self.allocate(use, "zhongjinyun", amount, "coupon", coupon_ticket=True)
                else:
                    state = "expired"
            elif day == self.today - timedelta(days=25):
                state = "allocating"
                use = self.at(self.today - timedelta(days=1), 9, 11)
                self.allocate(use, "zhongjinyun", amount, "coupon", done=False, coupon_ticket=True)
            self.data.coupons.append(
                {
                    "coupon_no": self.number("YQ", issued),
                    "company": self.company,
                    "amount_fen": amount,
                    "state": state,
                    "issued_at": iso(issued),
                    "expires_at": iso(expires),
                    "used_at": iso(used_at) if used_at else None,
                    "platform": "zhongjinyun",
                }
            )

    def orders(self) -> None:
        buyers = [self.main, *self.subs] if self.subs else [self.main]
        days = sorted(
            self.today - timedelta(days=self.rng.randrange(1, MONTHS * 30)) for _ in range(32)
        )
        for n, day in enumerate(days):
            product, spec, price = self.rng.choice(SECURITY_PRODUCTS)
            months = self.rng.choice([1, 1, 3, 6, 12])
            quantity = self.rng.choice([1, 1, 1, 2, 3])
            buyer = buyers[n % len(buyers)] if n % 3 else self.main
            ordered = self.at(day, 9, 18)
            if n >= len(days) - 3:
                status = "processing"
            elif self.rng.random() < 0.12 or n == len(days) // 2:  # at least one, every day
                status = "cancelled"
            else:
                status = "completed"
            self.data.orders.append(
                {
                    "order_no": self.number("DD", ordered),
                    "company": self.company,
                    "account": buyer.account,
                    "ordered_by_name": buyer.display_name,
                    "ordered_at": iso(ordered),
                    "product": product,
                    "spec": f"{spec} 购买时长:{months}个月",
                    "quantity": quantity,
                    "status": status,
                    "paid_fen": price * months * quantity,
                }
            )
            if status == "cancelled":
                continue
            completed = self.later(ordered, 1800, 86_400) if status == "completed" else None
            if status == "completed" and completed is None:
                status = "processing"
                self.data.orders[-1]["status"] = status
            ticket_status = (
                "done" if completed else ("todo" if n == len(days) - 1 else "in_progress")
            )
            self.ticket(
                "open_security",
                f"{self.company}开通安全配置：{product}",
                ordered + timedelta(seconds=5),
                completed,
                ticket_status,
                applicant=buyer,
            )

    def other_tickets(self) -> None:
        for platform, start in PLATFORM_START.items():
            day = self.day(start, 3)
            if day is None:
                continue
            applied = self.at(day)
            applicant = self.subs[0] if platform == "jdcloud" and self.subs else self.main
            self.ticket(
                "open_public_cloud",
                f"{self.company}开通{PLATFORM_NAMES[platform]}账户",
                applied,
                self.later(applied, 3600, 20 * 3600),
                "done",
                applicant=applicant,
            )
        applied = self.at(self.today - timedelta(days=3))
        self.ticket(
            "open_public_cloud", f"{self.company}开通阿里云账户", applied, None, "in_progress"
        )
        # 提现 withdraws agent rebates (返还管理), not the account balance.
        day = self.day(6, 16)
        if day is not None:
            applied = self.at(day)
            self.ticket(
                "withdrawal",
                f"{self.company}申请提现返还金额{yuan(128_850)}元",
                applied,
                self.later(applied, 3600, 3 * 86_400),
                "done",
            )
        applied = self.at(self.today - timedelta(days=1), 13, 17)
        self.ticket(
            "withdrawal", f"{self.company}申请提现返还金额{yuan(56_320)}元", applied, None, "todo"
        )

    def messages(self) -> None:
        label_month = {}
        for index, (year, month) in enumerate(self.months[:-1]):
            total = sum(fen for (_, i), fen in self.monthly.items() if i == index)
            label_month[(year, month)] = total
        recipients = {m.account: m for m in self.logins}
        rows: list[tuple[str, str, str, str, datetime]] = []
        for (year, month), total in label_month.items():
            ny, nm = add_months(year, month, 1)
            sent = datetime(ny, nm, 10, 9, 0, tzinfo=CHINA_TZ)
            if sent >= self.cutoff:
                continue
            for account in recipients:
                rows.append(
                    (
                        account,
                        "bill",
                        f"{year}年{month:02d}月账单已出",
                        f"您{year}年{month:02d}月的消费金额为{yuan(total)}元，"
                        "可在费用中心查看消费明细。",
                        sent,
                    )
                )
        for ticket in self.data.tickets:
            account = ticket["applicant"]
            if account not in recipients:
                continue
            label = TICKET_TYPE_LABELS[ticket["type"]]
            applied = datetime.fromisoformat(ticket["applied_at"])
            rows.append(
                (
                    account,
                    "ticket",
                    f"{label}工单已提交",
                    f"您的{label}工单（{ticket['ticket_no']}）已提交：{ticket['description']}",
                    applied,
                )
            )
            if ticket["completed_at"]:
                rows.append(
                    (
                        account,
                        "ticket",
                        f"{label}工单已完成",
                        f"您的{label}工单（{ticket['ticket_no']}）已处理完成。",
                        datetime.fromisoformat(ticket["completed_at"]),
                    )
                )
        recent = self.cutoff - timedelta(days=20)
        # Whatever the dice say, each inbox's newest message of a category is still unread and
        # its oldest was read: both marks exist in each category (the message filters), and
        # the first page always holds an unread message.
        newest: dict[tuple[str, str], int] = {}
        oldest: dict[tuple[str, str], int] = {}
        for i, (account, category, _, _, sent) in enumerate(rows):
            key = (account, category)
            if key not in newest or sent >= rows[newest[key]][4]:
                newest[key] = i
            if key not in oldest or sent < rows[oldest[key]][4]:
                oldest[key] = i
        unread, read_first = set(newest.values()), set(oldest.values()) - set(newest.values())
        for i, (account, category, title, content, sent) in enumerate(rows):
            roll = self.rng.random()
            read = i in read_first or (
                i not in unread and (roll < 0.7 if sent >= recent else roll < 0.93)
            )
            self.data.messages.append(
                {
                    "account": account,
                    "category": category,
                    "title": title,
                    "content": content,
                    "created_at": iso(sent),
                    "read": int(read),
                }
            )
