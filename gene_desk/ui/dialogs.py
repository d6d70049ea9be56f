"""The window's dialogs, by family (this module only gathers their names for older imports):

* ui/create_dialogs.py: 创建存储桶, 新建文件夹 (validated before a request is sent);
* ui/path_list_dialogs.py: 上传文件, 压缩文件, 解压文件 (a list of chosen files and folders);
* ui/settings_dialog.py: 设置;
* ui/about_dialog.py: 关于.

All of them open with ``open()``, never ``exec()``. Other dialogs live beside the flow they
serve (sync_dialog, upload_conflict_dialog, archive_dialogs, delete_prompt, ...).
"""

from __future__ import annotations

from gene_desk.ui.about_dialog import AboutDialog
from gene_desk.ui.create_dialogs import CreateBucketDialog, CreateFolderDialog
from gene_desk.ui.path_list_dialogs import CodecDialog, PathListDialog, UploadDialog, existing_paths
from gene_desk.ui.settings_dialog import SettingsDialog

__all__ = [
    "AboutDialog",
    "CodecDialog",
    "CreateBucketDialog",
    "CreateFolderDialog",
    "PathListDialog",
    "SettingsDialog",
    "UploadDialog",
    "existing_paths",
]
