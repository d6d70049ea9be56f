"""What every other package shares and nothing else: error codes, paths, China time, text escaping,
regions and storage classes, file locks, CRC-64. No Qt, no network, no imports from the rest of
gene_desk, so any layer may import it without a cycle."""
