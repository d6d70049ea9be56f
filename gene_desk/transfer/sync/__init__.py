"""Sync: make a COS prefix like a local folder, or a local folder like a COS prefix.

``planner.plan_sync`` compares both sides (one walk, one listing, CRC-64s from the cache in
``crc_cache`` or fetched once per object in ``facts``), ``jobs`` queues what differs as a job of
the transfer engine, ``extras`` is the item that removes an extra. See docs/sync.md.
Kept import-free here: the engine's item runner imports ``extras``.
"""
