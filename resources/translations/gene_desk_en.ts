<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="526"/>
        <source>About Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="540"/>
        <source>Desktop client of the Duoyungu gene data collaboration platform: move sequencing data in and out of Tencent COS, compressed with zstd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="552"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="558"/>
        <source>Logged in as {account} ({company})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketTreeModel</name>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="247"/>
        <source>Bucket / folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="247"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodecDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="400"/>
        <source>Compress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="400"/>
        <source>Decompress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="402"/>
        <source>Start compressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="402"/>
        <source>Start decompressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="405"/>
        <source>Files become NAME.zst and folders NAME.tar.zst in the output folder (zstd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="408"/>
        <source>Supported: .zst, .tar.zst, .gz, .tar.gz, .bz2, .xz, .tar and .zip. Archives are checked for unsafe paths before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="414"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="419"/>
        <source>Compress to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="419"/>
        <source>Extract to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="428"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="95"/>
        <source>Create bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="98"/>
        <source>lowercase letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="109"/>
        <source>The name is unique within your account; the region cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="114"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="115"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="119"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFolderDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="158"/>
        <source>Create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="160"/>
        <source>In: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="163"/>
        <source>Folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="165"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="169"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="541"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="542"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="543"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="544"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="545"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="546"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="547"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="557"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="558"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="559"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="560"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="561"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="562"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="567"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="568"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="569"/>
        <source>Compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="570"/>
        <source>Decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="622"/>
        <source>{ok}/{total} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="625"/>
        <source>{n} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="69"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="70"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="71"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="72"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="109"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="110"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="111"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="113"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="114"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="115"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="116"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="196"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="251"/>
        <source>Some of the selected tasks are not finished. Stop and remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="262"/>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="268"/>
        <source>Exported {n} rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="57"/>
        <source>Log in - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="65"/>
        <source>Log in with your Duoyungu account. Only accounts with Tencent Cloud opened and a key bound can use this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="73"/>
        <source>Duoyungu account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="76"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="77"/>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="88"/>
        <source>No secure keyring (password store) was found on this system, so Gene Desk will not remember your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="94"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="95"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="108"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="111"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="147"/>
        <source>Logging in...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="73"/>
        <source>Gene Data Collaboration Platform - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="121"/>
        <source>Search by name prefix in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="154"/>
        <source>Logged in: {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="155"/>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="165"/>
        <location filename="../../gene_desk/ui/main_window.py" line="249"/>
        <source>Transfer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="172"/>
        <location filename="../../gene_desk/ui/main_window.py" line="256"/>
        <source>Compression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="205"/>
        <source>Bucket...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="208"/>
        <source>Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="214"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="215"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="216"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="218"/>
        <location filename="../../gene_desk/ui/main_window.py" line="293"/>
        <location filename="../../gene_desk/ui/main_window.py" line="311"/>
        <location filename="../../gene_desk/ui/main_window.py" line="779"/>
        <location filename="../../gene_desk/ui/main_window.py" line="781"/>
        <location filename="../../gene_desk/ui/main_window.py" line="883"/>
        <location filename="../../gene_desk/ui/main_window.py" line="884"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1067"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="225"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="228"/>
        <source>Download files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="235"/>
        <source>Compress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="242"/>
        <source>Decompress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="263"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="267"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="274"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="279"/>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="280"/>
        <source>About Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="281"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="283"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1194"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1195"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="290"/>
        <location filename="../../gene_desk/ui/main_window.py" line="304"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="298"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="335"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="343"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="346"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="349"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="469"/>
        <source>Choose a bucket on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="519"/>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="521"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="523"/>
        <source>{n} items loaded, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="527"/>
        <source>Choose a bucket on the left to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="530"/>
        <source>No names start with “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="534"/>
        <source>This folder is empty. Upload files or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="599"/>
        <source>Bucket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="616"/>
        <location filename="../../gene_desk/ui/main_window.py" line="854"/>
        <location filename="../../gene_desk/ui/main_window.py" line="896"/>
        <location filename="../../gene_desk/ui/main_window.py" line="971"/>
        <source>Please choose a bucket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="639"/>
        <source>Folder created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="664"/>
        <source>Please select the files or folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="669"/>
        <source>Please select the files to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="677"/>
        <source>Please select the folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="682"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="684"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="710"/>
        <source>Counting what will be deleted...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="739"/>
        <source>Counting what will be deleted... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="760"/>
        <source>Delete {folders} folder(s) ({names}) and everything in them: {n}{more} object(s), {size}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="770"/>
        <source>The {n} selected file(s) are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="774"/>
        <source>Delete the {n} selected file(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="780"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="789"/>
        <source>Deleting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="816"/>
        <location filename="../../gene_desk/ui/main_window.py" line="871"/>
        <source>Deleted successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="821"/>
        <source>{ok} deleted, {failed} could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="832"/>
        <source>Delete cancelled; {n} object(s) were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="843"/>
        <source>Deleting... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="881"/>
        <source>Delete the bucket {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="979"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1111"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1060"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1062"/>
        <source>Upload files here...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1086"/>
        <source>Upload files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1088"/>
        <source>New folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1092"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1096"/>
        <source>Delete folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1100"/>
        <source>Delete bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1159"/>
        <source>{n} unfinished transfer(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1165"/>
        <source>{n} unfinished compression task(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1190"/>
        <source>Transfers or compression tasks are still running. Quit anyway? Unfinished transfers continue the next time you start Gene Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathListDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="222"/>
        <source>Choose files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="223"/>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="224"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="240"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="240"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="240"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="242"/>
        <source>Compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="246"/>
        <source>No files chosen yet. Choose files or a folder above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="255"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="334"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="339"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="445"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="448"/>
        <source>Compress uploads by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="462"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="465"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="471"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="476"/>
        <source>Files and parts in parallel apply to transfers started after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="482"/>
        <source>Compression level (1-19):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="483"/>
        <source>Files in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="484"/>
        <source>Parts in parallel per file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="485"/>
        <source>Bandwidth limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="486"/>
        <source>Default download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="487"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="491"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="492"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="502"/>
        <source>Default download folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="375"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="376"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="381"/>
        <source>Upload to: {target}
Files are compressed with zstd by default (.zst; a folder becomes one .tar.zst); untick Compress to send an item as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RequestDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="17"/>
        <source>The server cannot be reached. Check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="20"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="23"/>
        <source>The server had an internal error. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="26"/>
        <source>The server sent an answer Gene Desk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="29"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="30"/>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="33"/>
        <source>Internal error. Please report it with the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="36"/>
        <source>Wrong account or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="39"/>
        <source>This Duoyungu account has not opened Tencent Cloud. Only accounts with Tencent Cloud opened and a key bound can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="44"/>
        <source>This Duoyungu account has no Tencent Cloud key bound. Bind a key on the Duoyungu website, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="49"/>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="52"/>
        <source>Too many failed logins. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="55"/>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="58"/>
        <source>Please log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="59"/>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="62"/>
        <source>No secure keyring is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="65"/>
        <source>The bucket does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="68"/>
        <source>The file does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="71"/>
        <source>Please delete all files in the bucket before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="74"/>
        <source>A bucket with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="77"/>
        <source>The bucket name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="80"/>
        <source>Unknown region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="81"/>
        <source>The name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="84"/>
        <source>Access denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="85"/>
        <source>The temporary storage keys expired. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="88"/>
        <source>The request signature was refused. Check the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="91"/>
        <source>The storage service asks to slow down. Try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="94"/>
        <source>Please select the files or folders to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="97"/>
        <source>Some items failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="98"/>
        <source>The storage service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="101"/>
        <source>The local file or folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="104"/>
        <source>No permission to read or write the local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="107"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="108"/>
        <source>Reading or writing a local file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="111"/>
        <source>The file changed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="114"/>
        <source>The data arrived damaged (checksum mismatch). Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="117"/>
        <source>The compressed file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="120"/>
        <source>The archive contains unsafe paths and was not extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="123"/>
        <source>The archive expands to an implausible size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="126"/>
        <source>This file format cannot be decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="129"/>
        <source>The object name cannot be saved safely on this disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="132"/>
        <source>It already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="134"/>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="140"/>
        <source>Please enter a bucket name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="141"/>
        <source>Use only lowercase letters, digits and &apos;-&apos;; the name cannot start or end with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="146"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="152"/>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="153"/>
        <source>&apos;.&apos; and &apos;..&apos; cannot be used as names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="154"/>
        <source>A name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="155"/>
        <source>A name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="158"/>
        <source>The full path is too long for COS (850 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="166"/>
        <source>Too many failed logins. Try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="172"/>
        <source>request id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="178"/>
        <source>Unexpected error: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="45"/>
        <location filename="../../gene_desk/ui/prompts.py" line="59"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="50"/>
        <location filename="../../gene_desk/ui/prompts.py" line="64"/>
        <location filename="../../gene_desk/ui/prompts.py" line="95"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="73"/>
        <source>Operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="90"/>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="85"/>
        <source>use-chinese-region-names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>types</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="53"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="56"/>
        <source>Folder archive (zstd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="57"/>
        <source>Zstd compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="70"/>
        <source>Gzip compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="71"/>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="77"/>
        <source>{ext} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="80"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
