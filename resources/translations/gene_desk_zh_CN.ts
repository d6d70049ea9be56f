<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="526"/>
        <source>About Gene Desk</source>
        <translation>关于基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="540"/>
        <source>Desktop client of the Duoyungu gene data collaboration platform: move sequencing data in and out of Tencent COS, compressed with zstd.</source>
        <translation>朵云谷基因数据协作平台桌面客户端：在腾讯云对象存储（COS）中上传、下载测序数据，传输时使用 zstd 压缩。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="552"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="558"/>
        <source>Logged in as {account} ({company})</source>
        <translation>当前账号：{account}（{company}）</translation>
    </message>
</context>
<context>
    <name>BucketTreeModel</name>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="247"/>
        <source>Bucket / folder</source>
        <translation>存储桶 / 文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="247"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
</context>
<context>
    <name>CodecDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="400"/>
        <source>Compress files</source>
        <translation>压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="400"/>
        <source>Decompress files</source>
        <translation>解压文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="402"/>
        <source>Start compressing</source>
        <translation>开始压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="402"/>
        <source>Start decompressing</source>
        <translation>开始解压</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="405"/>
        <source>Files become NAME.zst and folders NAME.tar.zst in the output folder (zstd).</source>
        <translation>文件压缩为“名称.zst”，文件夹压缩为“名称.tar.zst”（zstd 格式），保存到压缩路径。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="408"/>
        <source>Supported: .zst, .tar.zst, .gz, .tar.gz, .bz2, .xz, .tar and .zip. Archives are checked for unsafe paths before anything is written.</source>
        <translation>支持 .zst、.tar.zst、.gz、.tar.gz、.bz2、.xz、.tar 和 .zip。解压前会检查压缩包中是否有不安全的路径。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="414"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="419"/>
        <source>Compress to:</source>
        <translation>压缩路径：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="419"/>
        <source>Extract to:</source>
        <translation>解压路径：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="428"/>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="95"/>
        <source>Create bucket</source>
        <translation>创建存储桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="98"/>
        <source>lowercase letters, digits and -</source>
        <translation>小写字母、数字和 -</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="109"/>
        <source>The name is unique within your account; the region cannot be changed later.</source>
        <translation>名称在账号内唯一；地域创建后不能修改。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="114"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="115"/>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="119"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>CreateFolderDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="158"/>
        <source>Create folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="160"/>
        <source>In: {location}</source>
        <translation>位置：{location}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="163"/>
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="165"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="169"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="541"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="542"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="543"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="544"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="545"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="546"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="547"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="557"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="558"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="559"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="560"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="561"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="562"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="567"/>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="568"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="569"/>
        <source>Compress</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="570"/>
        <source>Decompress</source>
        <translation>解压</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="622"/>
        <source>{ok}/{total} items</source>
        <translation>{ok}/{total} 项</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="625"/>
        <source>{n} failed</source>
        <translation>{n} 项失败</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="69"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="70"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="71"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="72"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="109"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="110"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="111"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="113"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="114"/>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="115"/>
        <source>Export CSV...</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="116"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="196"/>
        <source>Nothing here yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="251"/>
        <source>Some of the selected tasks are not finished. Stop and remove them?</source>
        <translation>选中的任务中有未完成的，确定停止并删除吗？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="262"/>
        <source>Export the list as CSV</source>
        <translation>导出列表为 CSV</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="268"/>
        <source>Exported {n} rows.</source>
        <translation>已导出 {n} 行。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="57"/>
        <source>Log in - Gene Desk</source>
        <translation>登录 - 基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="65"/>
        <source>Log in with your Duoyungu account. Only accounts with Tencent Cloud opened and a key bound can use this platform.</source>
        <translation>请使用朵云谷账号登录。只有开通腾讯云并绑定腾讯云密钥的朵云谷账号才可登录该平台。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="73"/>
        <source>Duoyungu account</source>
        <translation>朵云谷账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="76"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="77"/>
        <source>Remember me on this computer</source>
        <translation>在此电脑上记住登录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="88"/>
        <source>No secure keyring (password store) was found on this system, so Gene Desk will not remember your login.</source>
        <translation>此系统没有可用的安全密钥环（密码存储），因此不会记住您的登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="94"/>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="95"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="108"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="111"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="147"/>
        <source>Logging in...</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="73"/>
        <source>Gene Data Collaboration Platform - Gene Desk</source>
        <translation>基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="121"/>
        <source>Search by name prefix in this folder</source>
        <translation>在当前文件夹按名称前缀搜索</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="154"/>
        <source>Logged in: {account}</source>
        <translation>已登录：{account}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="155"/>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="165"/>
        <location filename="../../gene_desk/ui/main_window.py" line="249"/>
        <source>Transfer list</source>
        <translation>传输列表</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="172"/>
        <location filename="../../gene_desk/ui/main_window.py" line="256"/>
        <source>Compression list</source>
        <translation>压缩列表</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="205"/>
        <source>Bucket...</source>
        <translation>桶…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="208"/>
        <source>Folder...</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="214"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="215"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="216"/>
        <source>Bucket</source>
        <translation>桶</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="225"/>
        <source>Upload files</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="228"/>
        <source>Download files</source>
        <translation>下载文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="235"/>
        <source>Compress files</source>
        <translation>压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="242"/>
        <source>Decompress files</source>
        <translation>解压文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="263"/>
        <source>Back</source>
        <translation>返回上一级</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="267"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="274"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="279"/>
        <source>Settings...</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="280"/>
        <source>About Gene Desk</source>
        <translation>关于基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="281"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="283"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1194"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1195"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="290"/>
        <location filename="../../gene_desk/ui/main_window.py" line="304"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="298"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="335"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="343"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="346"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="349"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="469"/>
        <source>Choose a bucket on the left</source>
        <translation>请在左侧选择存储桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="519"/>
        <source>Loading...</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="521"/>
        <source>{n} items</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="523"/>
        <source>{n} items loaded, scroll for more</source>
        <translation>已加载 {n} 项，向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="527"/>
        <source>Choose a bucket on the left to see its files.</source>
        <translation>请在左侧选择存储桶，查看其中的文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="530"/>
        <source>No names start with “{text}”.</source>
        <translation>没有以“{text}”开头的文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="534"/>
        <source>This folder is empty. Upload files or drop them here.</source>
        <translation>此文件夹为空。可以上传文件，或将文件拖放到这里。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="599"/>
        <source>Bucket created</source>
        <translation>存储桶创建成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="616"/>
        <location filename="../../gene_desk/ui/main_window.py" line="854"/>
        <location filename="../../gene_desk/ui/main_window.py" line="896"/>
        <location filename="../../gene_desk/ui/main_window.py" line="971"/>
        <source>Please choose a bucket first.</source>
        <translation>请先选择存储桶。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="639"/>
        <source>Folder created</source>
        <translation>文件夹创建成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="664"/>
        <source>Please select the files or folders to delete.</source>
        <translation>请选择要删除的文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="669"/>
        <source>Please select the files to delete.</source>
        <translation>请选择要删除的文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="677"/>
        <source>Please select the folders to delete.</source>
        <translation>请选择要删除的文件夹。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="682"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="684"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="710"/>
        <source>Counting what will be deleted...</source>
        <translation>正在统计要删除的内容…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="739"/>
        <source>Counting what will be deleted... {n}</source>
        <translation>正在统计要删除的内容… {n}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="760"/>
        <source>Delete {folders} folder(s) ({names}) and everything in them: {n}{more} object(s), {size}?</source>
        <translation>确定删除 {folders} 个文件夹（{names}）及其中的全部内容：{n}{more} 个对象，{size}？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="770"/>
        <source>The {n} selected file(s) are deleted too.</source>
        <translation>选中的 {n} 个文件也会被删除。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="774"/>
        <source>Delete the {n} selected file(s)?</source>
        <translation>确定删除选中的 {n} 个文件？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="780"/>
        <source>This cannot be undone.</source>
        <translation>删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="789"/>
        <source>Deleting...</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="816"/>
        <location filename="../../gene_desk/ui/main_window.py" line="871"/>
        <source>Deleted successfully.</source>
        <translation>删除成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="821"/>
        <source>{ok} deleted, {failed} could not be deleted.</source>
        <translation>已删除 {ok} 个，{failed} 个删除失败。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="832"/>
        <source>Delete cancelled; {n} object(s) were deleted.</source>
        <translation>删除已取消；已删除 {n} 个对象。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="843"/>
        <source>Deleting... {n}</source>
        <translation>正在删除… {n}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="881"/>
        <source>Delete the bucket {name}?</source>
        <translation>确定删除存储桶 {name}？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="979"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1111"/>
        <source>Choose where to save</source>
        <translation>选择下载位置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1060"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1062"/>
        <source>Upload files here...</source>
        <translation>上传文件到此处…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1086"/>
        <source>Upload files...</source>
        <translation>上传文件…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1088"/>
        <source>New folder...</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1092"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1096"/>
        <source>Delete folder</source>
        <translation>删除文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1100"/>
        <source>Delete bucket</source>
        <translation>删除存储桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1159"/>
        <source>{n} unfinished transfer(s) from last time are resuming.</source>
        <translation>上次未完成的 {n} 个传输任务正在继续。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1165"/>
        <source>{n} unfinished compression task(s) from last time are resuming.</source>
        <translation>上次未完成的 {n} 个压缩任务正在继续。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1190"/>
        <source>Transfers or compression tasks are still running. Quit anyway? Unfinished transfers continue the next time you start Gene Desk.</source>
        <translation>仍有传输或压缩任务在进行。确定退出吗？未完成的传输会在下次启动时继续。</translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="219"/>
        <source>Last modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>PathListDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="222"/>
        <source>Choose files...</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="223"/>
        <source>Choose folder...</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="224"/>
        <source>Remove from list</source>
        <translation>从列表移除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="240"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="240"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="240"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="242"/>
        <source>Compress</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="246"/>
        <source>No files chosen yet. Choose files or a folder above.</source>
        <translation>尚未选择文件。请点击上方的“选择文件”或“选择文件夹”。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="255"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="334"/>
        <source>Choose files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="339"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="445"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="448"/>
        <source>Compress uploads by default</source>
        <translation>上传时默认压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="462"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="465"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="471"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="476"/>
        <source>Files and parts in parallel apply to transfers started after a restart.</source>
        <translation>并行文件数和分块数在重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="482"/>
        <source>Compression level (1-19):</source>
        <translation>压缩级别（1-19）：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="483"/>
        <source>Files in parallel:</source>
        <translation>并行文件数：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="484"/>
        <source>Parts in parallel per file:</source>
        <translation>每个文件并行分块数：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="485"/>
        <source>Bandwidth limit:</source>
        <translation>带宽限制：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="486"/>
        <source>Default download folder:</source>
        <translation>默认下载文件夹：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="487"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="491"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="492"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="502"/>
        <source>Default download folder</source>
        <translation>默认下载文件夹</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="375"/>
        <source>Upload files</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="376"/>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="381"/>
        <source>Upload to: {target}
Files are compressed with zstd by default (.zst; a folder becomes one .tar.zst); untick Compress to send an item as it is.</source>
        <translation>上传到：{target}
文件默认使用 zstd 压缩（.zst；文件夹压缩为一个 .tar.zst）；取消勾选“压缩”则按原样上传。</translation>
    </message>
</context>
<context>
    <name>_RequestDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="17"/>
        <source>The server cannot be reached. Check the network.</source>
        <translation>无法连接服务器，请检查网络。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="20"/>
        <source>The server did not answer in time.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="23"/>
        <source>The server had an internal error. Try again.</source>
        <translation>服务器内部错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="26"/>
        <source>The server sent an answer Gene Desk cannot read.</source>
        <translation>服务器返回了无法识别的响应。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="29"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="30"/>
        <source>The request is not valid.</source>
        <translation>请求无效。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="33"/>
        <source>Internal error. Please report it with the log file.</source>
        <translation>内部错误，请附上日志文件反馈。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="36"/>
        <source>Wrong account or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="39"/>
        <source>This Duoyungu account has not opened Tencent Cloud. Only accounts with Tencent Cloud opened and a key bound can log in.</source>
        <translation>该朵云谷账号未开通腾讯云。只有开通腾讯云并绑定腾讯云密钥的账号才可登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="44"/>
        <source>This Duoyungu account has no Tencent Cloud key bound. Bind a key on the Duoyungu website, then log in again.</source>
        <translation>该朵云谷账号未绑定腾讯云密钥。请先在朵云谷网站绑定密钥，再重新登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="49"/>
        <source>This account is disabled.</source>
        <translation>该账号已被禁用。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="52"/>
        <source>Too many failed logins. Please wait a moment and try again.</source>
        <translation>登录失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="55"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="58"/>
        <source>Please log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="59"/>
        <source>Your account is not allowed to do this.</source>
        <translation>您的账号没有此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="62"/>
        <source>No secure keyring is available on this system.</source>
        <translation>此系统没有可用的安全密钥环。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="65"/>
        <source>The bucket does not exist.</source>
        <translation>存储桶不存在。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="68"/>
        <source>The file does not exist (any more).</source>
        <translation>文件不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="71"/>
        <source>Please delete all files in the bucket before deleting it.</source>
        <translation>请删除桶下所有文件后删除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="74"/>
        <source>A bucket with this name already exists.</source>
        <translation>已存在同名的存储桶。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="77"/>
        <source>The bucket name is not valid.</source>
        <translation>存储桶名称不合法。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="80"/>
        <source>Unknown region.</source>
        <translation>未知地域。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="81"/>
        <source>The name is not valid.</source>
        <translation>名称不合法。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="84"/>
        <source>Access denied.</source>
        <translation>拒绝访问。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="85"/>
        <source>The temporary storage keys expired. Please try again.</source>
        <translation>临时存储密钥已过期，请重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="88"/>
        <source>The request signature was refused. Check the computer&apos;s clock.</source>
        <translation>请求签名被拒绝，请检查电脑时间。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="91"/>
        <source>The storage service asks to slow down. Try later.</source>
        <translation>存储服务请求降低频率，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="94"/>
        <source>Please select the files or folders to download.</source>
        <translation>请选择下载文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="97"/>
        <source>Some items failed.</source>
        <translation>部分项目失败。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="98"/>
        <source>The storage service refused the request.</source>
        <translation>存储服务拒绝了请求。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="101"/>
        <source>The local file or folder does not exist.</source>
        <translation>本地文件或文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="104"/>
        <source>No permission to read or write the local file.</source>
        <translation>没有读写本地文件的权限。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="107"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="108"/>
        <source>Reading or writing a local file failed.</source>
        <translation>读写本地文件失败。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="111"/>
        <source>The file changed while it was being sent.</source>
        <translation>文件在上传过程中被修改。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="114"/>
        <source>The data arrived damaged (checksum mismatch). Retry.</source>
        <translation>数据校验失败（校验和不一致），请重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="117"/>
        <source>The compressed file is damaged.</source>
        <translation>压缩文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="120"/>
        <source>The archive contains unsafe paths and was not extracted.</source>
        <translation>压缩包中包含不安全的路径，未解压。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="123"/>
        <source>The archive expands to an implausible size.</source>
        <translation>压缩包解压后的大小异常，已停止。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="126"/>
        <source>This file format cannot be decompressed.</source>
        <translation>不支持解压此文件格式。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="129"/>
        <source>The object name cannot be saved safely on this disk.</source>
        <translation>该对象名称无法安全地保存到本地磁盘。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="132"/>
        <source>It already exists.</source>
        <translation>已存在。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="134"/>
        <source>Unexpected error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="140"/>
        <source>Please enter a bucket name.</source>
        <translation>请输入存储桶名称。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="141"/>
        <source>Use only lowercase letters, digits and &apos;-&apos;; the name cannot start or end with &apos;-&apos;.</source>
        <translation>只能使用小写字母、数字和“-”，且不能以“-”开头或结尾。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="146"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>名称过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="152"/>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="153"/>
        <source>&apos;.&apos; and &apos;..&apos; cannot be used as names.</source>
        <translation>不能使用“.”或“..”作为名称。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="154"/>
        <source>A name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>名称不能包含“/”或“\”。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="155"/>
        <source>A name cannot contain control characters.</source>
        <translation>名称不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="158"/>
        <source>The full path is too long for COS (850 bytes).</source>
        <translation>完整路径超过 COS 的长度限制（850 字节）。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="166"/>
        <source>Too many failed logins. Try again in {n} seconds.</source>
        <translation>登录失败次数过多，请在 {n} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="172"/>
        <source>request id: {id}</source>
        <translation>请求 ID：{id}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="178"/>
        <source>Unexpected error: {name}</source>
        <translation>未知错误：{name}</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="45"/>
        <location filename="../../gene_desk/ui/prompts.py" line="59"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="50"/>
        <location filename="../../gene_desk/ui/prompts.py" line="64"/>
        <location filename="../../gene_desk/ui/prompts.py" line="95"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="73"/>
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="90"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="85"/>
        <source>use-chinese-region-names</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>types</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="53"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="56"/>
        <source>Folder archive (zstd)</source>
        <translation>文件夹压缩包（zstd）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="57"/>
        <source>Zstd compressed file</source>
        <translation>zstd 压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="70"/>
        <source>Gzip compressed file</source>
        <translation>gzip 压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="71"/>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="77"/>
        <source>{ext} file</source>
        <translation>{ext} 文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="80"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
</TS>
