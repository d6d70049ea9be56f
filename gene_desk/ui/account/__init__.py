"""The read-only Duoyungu account panels (user guide 1.3, 1.5-1.8) beside the storage window.

:class:`~gene_desk.ui.account.window.AccountWindow` is one top-level window with the portal's
navigation on the left (账户概览, 费用中心 pages, 运营工单, 消息中心, 用户管理) and one page per
panel on the right. Every page talks to ``session.api`` (:class:`~gene_desk.account.api.AccountApi`)
through the window's :class:`~gene_desk.ui.tasks.TaskRunner` only; lists page on the server
(:mod:`.models`), export every matching row to CSV or XLSX (:mod:`.export`), and show loading,
empty (暂无数据), error and main-account-only states inline (:mod:`.widgets`).
"""
