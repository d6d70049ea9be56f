"""The transfer engine: the queue behind the window's transfer list and the CLI's transfers.

Jobs and items live in the journal; :mod:`gene_desk.transfer.manager` runs them (uploads,
downloads, compression and sync jobs), resumes them after a restart and reports progress to the
faces through listeners. No Qt here: callbacks arrive on worker threads and each face turns them
into its own events. Import the submodules directly (``from gene_desk.transfer.manager import
TransferManager``): this file stays empty so importing one part does not load the others, some
of which run in worker processes.
"""
