"""The sandbox's COS endpoint: protocol-faithful enough for cos-python-sdk-v5 (as an HTTP
proxy), botocore/boto3, rclone, aws-cli, s3cmd and ``curl --aws-sigv4``. See docs/sandbox.md."""

from .backend import DataDirInUse
from .faults import FaultInjector, FaultRule
from .server import CosServer

__all__ = ["CosServer", "DataDirInUse", "FaultInjector", "FaultRule"]
