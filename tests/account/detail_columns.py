"""The seed's captions and columns of the detail views, by view, with the seed section each comes
from: the table both faces are held to (``tests/account/test_account_detail_cli.py`` for
``gene-desk account``, ``tests/ui/test_account_details.py`` for the window in zh_CN).

Where the seed shows a value without a caption, the caption is the portal's nearest word, noted.
"""

from __future__ import annotations

SEED_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    # 1.5.14 银行账号管理: "725客户 6215590298766787567 中国工商银行 默认账号"; captions from
    # 充值操作's 付款单位 / 付款账号 / 开户行; the marker column is 默认
    "payment-accounts": ("1.5.14", ("付款单位", "付款账号", "开户行", "默认")),
    # 1.5.10 发票操作 (充值发票): 充值编号 充值金额 (元) 充值时间 完成时间
    "invoiceable": ("1.5.10", ("充值编号", "充值金额(元)", "充值时间", "完成时间")),
    # 1.5.11 发票记录 row + 1.5.10 发票信息 (纳税人识别号), 邮寄地址 (姓名 地址 电话), 发票备注
    "invoice": (
        "1.5.11, 1.5.10",
        (
            "发票编号",
            "申请时间",
            "金额(元)",
            "发票抬头",
            "发票类型",
            "状态",
            "完成时间",
            "纳税人识别号",
            "姓名",
            "地址",
            "电话",
            "发票备注",
        ),
    ),
    # 1.5.3 我的订单: 订单编号、下单时间、产品信息 (product and its configuration, 购买时长)、
    # 数量、实付、状态; 单价 and 工单 are what 查看详情 adds
    "order": (
        "1.5.3",
        (
            "订单编号",
            "下单时间",
            "产品名称",
            "配置",
            "购买时长(月)",
            "数量",
            "单价(元)",
            "实付(元)",
            "状态",
            "下单人",
            "工单编号",
            "完成时间",
        ),
    ),
    # 1.5.12 退费操作: 本月可退余额, the rule's terms (朵云谷账户余额, 充值开票金额, 已开票拨付金额,
    # 上限为1万), 退费单位, 退费账号, 银行信息
    "refundable": (
        "1.5.12",
        (
            "本月可退余额(元)",
            "账户余额(元)",
            "充值开票金额(元)",
            "已开票拨付金额(元)",
            "退费上限(元)",
            "退费单位",
            "退费账号",
            "银行信息",
        ),
    ),
    # 1.5.7 拨付操作: 上月账单汇总及余额 (■ 上月消费 ■ 余额)
    "last-month": ("1.5.7", ("账单月份", "上月消费(元)", "余额(元)")),
    # 1.5.7: per platform 上月消费, 余额 (中金云 only, step 7), contract 折扣 (中金云折扣: 70%)
    "last-month-platforms": ("1.5.7", ("云平台", "上月消费(元)", "余额(元)", "折扣")),
}
