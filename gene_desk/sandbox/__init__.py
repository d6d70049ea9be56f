"""The local sandbox: a protocol-faithful COS endpoint and a Duoyungu account service.

Package code (not test code) because ``gene-desk sandbox``, ``--demo``, the tests and the
benchmarks all run it. The engine never imports this package; the sandbox may use the neutral
helpers in :mod:`gene_desk.core`.
"""
