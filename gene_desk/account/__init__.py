"""Duoyungu account client: login, sessions, temporary COS credentials, account records.

Everything that knows Duoyungu's HTTP contract is in :mod:`gene_desk.account.api`; the rest of
the product uses the typed records in :mod:`gene_desk.account.models`.
"""
