<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="538"/>
        <source>About Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="552"/>
        <source>Desktop client of the Duoyungu gene data collaboration platform: move sequencing data in and out of Tencent COS, compressed with zstd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="564"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="570"/>
        <source>Logged in as {account} ({company})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountColumns</name>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="202"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="203"/>
        <location filename="../../gene_desk/account/catalogue.py" line="381"/>
        <source>Cloud platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="204"/>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="205"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="206"/>
        <source>Amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="207"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="208"/>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="209"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="210"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="211"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="212"/>
        <source>Paid (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="213"/>
        <source>Ordered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="214"/>
        <source>Recharge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="215"/>
        <source>Recharge amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="216"/>
        <source>Recharged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="217"/>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="218"/>
        <source>Invoice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="219"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="220"/>
        <source>Allocation no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="221"/>
        <source>Allocated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="222"/>
        <source>Allocated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="223"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="224"/>
        <source>Allocated (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="225"/>
        <source>Received (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="226"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="227"/>
        <source>Coupon no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="228"/>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="229"/>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="230"/>
        <source>Used at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="231"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="232"/>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="233"/>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="234"/>
        <source>Invoice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="235"/>
        <source>Invoice type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="236"/>
        <source>Refund no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="237"/>
        <source>Refund amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="238"/>
        <source>Refund requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="239"/>
        <source>Ticket no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="240"/>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="241"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="242"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="243"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="244"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="245"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="246"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="247"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="248"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="249"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="250"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="251"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="252"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="253"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="254"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="255"/>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="256"/>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="383"/>
        <source>Compute (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="384"/>
        <source>Storage (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="385"/>
        <source>Network (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="386"/>
        <source>Security (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="387"/>
        <source>Other (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="389"/>
        <source>Total (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEnums</name>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="49"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="50"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="51"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="52"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="53"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="57"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="58"/>
        <location filename="../../gene_desk/account/enums.py" line="83"/>
        <location filename="../../gene_desk/account/enums.py" line="111"/>
        <location filename="../../gene_desk/account/enums.py" line="116"/>
        <location filename="../../gene_desk/account/enums.py" line="142"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="59"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="65"/>
        <source>Not invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="66"/>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="70"/>
        <source>Not invoiceable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="77"/>
        <source>From balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="78"/>
        <source>With coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="82"/>
        <location filename="../../gene_desk/account/enums.py" line="91"/>
        <source>Allocating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="89"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="90"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="92"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="96"/>
        <source>Recharge invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="100"/>
        <source>Prepaid recharge invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="105"/>
        <source>Consumption invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="110"/>
        <location filename="../../gene_desk/account/enums.py" line="115"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="125"/>
        <source>Open public cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="127"/>
        <source>Recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="128"/>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="129"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="130"/>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="131"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="135"/>
        <source>Open security configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="140"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="141"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="148"/>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="149"/>
        <source>To-do tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="153"/>
        <source>Tickets in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="155"/>
        <source>Completed tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="159"/>
        <source>Bill messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="160"/>
        <source>Ticket messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountValues</name>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="191"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="192"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="195"/>
        <source>Main account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="196"/>
        <source>Sub-account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountWindow</name>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="79"/>
        <source>Account center - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="84"/>
        <source>Account pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="89"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="89"/>
        <source>Account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="91"/>
        <source>Billing center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="93"/>
        <source>Consumption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="94"/>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="95"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="96"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="97"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="98"/>
        <source>Invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="99"/>
        <source>Refund records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="103"/>
        <source>Tickets and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="104"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="104"/>
        <source>Message center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="107"/>
        <source>User management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="108"/>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="108"/>
        <source>Role descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="134"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="149"/>
        <source>{name} ({account})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="227"/>
        <source>{page} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="211"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="215"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="216"/>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="218"/>
        <source>Allocated to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="220"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="68"/>
        <source>Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="71"/>
        <source>Change storage class...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="99"/>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="113"/>
        <source>Select archive or deep archive files to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="138"/>
        <source>{n} file(s) could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="142"/>
        <source>Restore started for {n} file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="144"/>
        <source>{n} file(s) were being restored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="161"/>
        <source>Select the files whose storage class to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="192"/>
        <source>The storage class of {n} file(s) could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="215"/>
        <source>The file is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="216"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <location filename="../../gene_desk/ui/account/models.py" line="239"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketTreeModel</name>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="269"/>
        <source>Bucket / folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="269"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeClassDialog</name>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="99"/>
        <source>Change storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="103"/>
        <source>Change the storage class of {count} file(s). Each file is copied onto itself with the new class. Archive and deep archive files must be restored first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="111"/>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="115"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodecDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="406"/>
        <source>Compress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="406"/>
        <source>Decompress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="408"/>
        <source>Start compressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="408"/>
        <source>Start decompressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="411"/>
        <source>Files become NAME.zst and folders NAME.tar.zst in the output folder (zstd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="421"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="426"/>
        <source>Compress to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="426"/>
        <source>Extract to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="436"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="414"/>
        <source>Supported: .zst, .tar.zst, .gz, .tar.gz, .bz2, .xz, .tar and .zip. Archives are checked for unsafe paths before anything is written. A folder: every compressed file in it, into a folder of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumptionPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="76"/>
        <source>Consumption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="81"/>
        <location filename="../../gene_desk/ui/account/lists.py" line="83"/>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="85"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="86"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="89"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="91"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="93"/>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="94"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="95"/>
        <source>Cloud platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="97"/>
        <source>Product category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="102"/>
        <source>Note: last month&apos;s details can be queried from the 10th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="124"/>
        <source>The first month is after the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="140"/>
        <source>Total: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="256"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="266"/>
        <source>Coupon usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="271"/>
        <source>Coupons are valid for 30 days from issue, can only be used on 中金云 and are allocated without discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="284"/>
        <source>No coupons at the moment.</source>
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
        <location filename="../../gene_desk/ui/dialogs.py" line="118"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="120"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="124"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="152"/>
        <source>{left} of {max} characters left in this region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFolderDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="170"/>
        <source>Create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="172"/>
        <source>In: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="175"/>
        <source>Folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="177"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="181"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="363"/>
        <location filename="../../gene_desk/ui/account/widgets.py" line="365"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="366"/>
        <location filename="../../gene_desk/ui/account/widgets.py" line="368"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="372"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatedListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="383"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="389"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePrompt</name>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="56"/>
        <source>Delete the {n} selected file(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="64"/>
        <source>Delete {folders} empty folder(s) ({names})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="68"/>
        <source>Delete {folders} folder(s) ({names}) and all in them: {n}{more} file(s), {size}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="79"/>
        <source>The {n} selected file(s) are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="398"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="403"/>
        <source>CSV (.csv)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="406"/>
        <source>Excel workbook (.xlsx)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="292"/>
        <source>Invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="296"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="299"/>
        <source>Invoice type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="274"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="275"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="276"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="277"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="278"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="279"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="281"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="291"/>
        <location filename="../../gene_desk/ui/jobs_model.py" line="292"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="293"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="294"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="295"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="296"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="297"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="302"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="303"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="304"/>
        <source>Compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="305"/>
        <source>Decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="326"/>
        <source>Sync upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="326"/>
        <source>Sync download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="330"/>
        <location filename="../../gene_desk/ui/jobs_model.py" line="388"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="367"/>
        <source>{ok}/{total} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="370"/>
        <source>{n} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="372"/>
        <source>{n} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="404"/>
        <source>Not uploaded: the file is already in the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="280"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="71"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="72"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="73"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="74"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="113"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="114"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="115"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="117"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="118"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="119"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="120"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="200"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="255"/>
        <source>Some of the selected tasks are not finished. Stop and remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="272"/>
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
    <name>ListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="126"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="272"/>
        <source>Only the main account can see this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="298"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="298"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="301"/>
        <source>Export {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="336"/>
        <source>Exporting... {done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="344"/>
        <source>Exported {n} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="353"/>
        <source>Export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="359"/>
        <source>Exporting...</source>
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
        <location filename="../../gene_desk/ui/login.py" line="74"/>
        <source>Duoyungu account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="78"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="79"/>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="90"/>
        <source>No secure keyring (password store) was found on this system, so Gene Desk will not remember your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="96"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="97"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="111"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="114"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="153"/>
        <source>Logging in...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="63"/>
        <source>Gene Data Collaboration Platform - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="96"/>
        <source>Search by name prefix in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="84"/>
        <source>Logged in: {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="85"/>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="99"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="111"/>
        <source>Transfer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="106"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="118"/>
        <source>Compression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="47"/>
        <source>Bucket...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="53"/>
        <source>Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="60"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="63"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="66"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="28"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="69"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="170"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="188"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="256"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="76"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="83"/>
        <source>Download files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="90"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="97"/>
        <source>Compress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="104"/>
        <source>Decompress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="125"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="140"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="147"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="153"/>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="156"/>
        <source>About Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="158"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/quit.py" line="66"/>
        <location filename="../../gene_desk/ui/flows/quit.py" line="67"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="160"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="167"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="181"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="175"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="214"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="223"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="226"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="231"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="239"/>
        <source>Choose a bucket on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="277"/>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="279"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="281"/>
        <source>{n} items loaded, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="288"/>
        <source>Choose a bucket on the left to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="294"/>
        <source>No names start with “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="300"/>
        <source>This folder is empty. Upload files or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="102"/>
        <source>Bucket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="45"/>
        <location filename="../../gene_desk/ui/flows/delete.py" line="86"/>
        <location filename="../../gene_desk/ui/flows/transfers.py" line="27"/>
        <location filename="../../gene_desk/ui/main_window.py" line="220"/>
        <source>Please choose a bucket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="118"/>
        <source>Folder created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="50"/>
        <source>Please select the files or folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="60"/>
        <source>Please select the files to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="71"/>
        <source>Please select the folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="223"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="225"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="99"/>
        <source>Counting what will be deleted...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="108"/>
        <source>Counting what will be deleted... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="121"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="133"/>
        <source>Deleting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="183"/>
        <location filename="../../gene_desk/ui/flows/delete.py" line="218"/>
        <source>Deleted successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="188"/>
        <source>{ok} deleted, {failed} could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="172"/>
        <source>Delete cancelled; {n} object(s) were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="160"/>
        <source>Deleting... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="204"/>
        <source>Delete the bucket {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/transfers.py" line="174"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="246"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="249"/>
        <source>Upload files here...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="278"/>
        <source>Upload files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="282"/>
        <source>New folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="288"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="292"/>
        <source>Delete folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="297"/>
        <source>Delete bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="335"/>
        <source>{n} unfinished transfer(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="341"/>
        <source>{n} unfinished compression task(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/quit.py" line="61"/>
        <source>Transfers or compression tasks are still running. Quit anyway? Unfinished transfers continue the next time you start Gene Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="132"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="420"/>
        <source>Message center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="424"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="427"/>
        <source>Read and unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="427"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="427"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="432"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="434"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="443"/>
        <source>Message content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="445"/>
        <source>Select a message to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="265"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="266"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="267"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="268"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="269"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="270"/>
        <source>Restore status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="151"/>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="155"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="158"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="241"/>
        <source>Account balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="242"/>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="245"/>
        <source>中金云 balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="246"/>
        <source>Frozen amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="247"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="247"/>
        <source>Manage coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="248"/>
        <source>Estimated cost this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="251"/>
        <source>Spent last month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="252"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="257"/>
        <source>Recharged this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="258"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="263"/>
        <source>Allocated this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="264"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="278"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="282"/>
        <source>Current role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="283"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="284"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="285"/>
        <source>Account type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="286"/>
        <source>Last login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="287"/>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="297"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="301"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="302"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="303"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="304"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="338"/>
        <source>Note: the consumption overview is updated with a delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="341"/>
        <source>Bill overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="347"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="368"/>
        <source>Note: last month&apos;s details can be queried from the 10th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="399"/>
        <source>Account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="454"/>
        <source>Hello, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="456"/>
        <source>&lt;a href=&quot;messages&quot;&gt;{n} unread messages&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="464"/>
        <source>{n} coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="325"/>
        <location filename="../../gene_desk/ui/account/overview.py" line="484"/>
        <source>Monthly bills of the last 12 months (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="501"/>
        <source>Total of {month}: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="199"/>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="201"/>
        <source>{n} / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="206"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="211"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="215"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="221"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="256"/>
        <source>{n} rows in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="257"/>
        <source>of {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathListDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="233"/>
        <source>Choose files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="234"/>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="235"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="250"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="250"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="250"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="252"/>
        <source>Compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="256"/>
        <source>No files chosen yet. Choose files or a folder above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="265"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="342"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="346"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="247"/>
        <source>Chosen files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RechargesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="179"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="184"/>
        <source>All invoice states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="188"/>
        <source>Invoice status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="322"/>
        <source>Refund records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="45"/>
        <source>Restore archived files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="49"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="52"/>
        <source>Restore {count} file(s): {names}
A restored copy can be downloaded until it expires; the archived file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="60"/>
        <source>Days the restored copy lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="63"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="66"/>
        <source>Restore mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="74"/>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="75"/>
        <source>Restore mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="80"/>
        <source>Deep archive files have no expedited mode: they use standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="84"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="506"/>
        <source>Role descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="511"/>
        <source>Roles are created by Duoyungu; this page only describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="518"/>
        <source>Only the main account can see the role descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="453"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="456"/>
        <source>Compress uploads by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="470"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="475"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="482"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="487"/>
        <source>Files and parts in parallel apply to transfers started after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="493"/>
        <source>Compression level (1-19):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="494"/>
        <source>Files in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="495"/>
        <source>Parts in parallel per file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="496"/>
        <source>Bandwidth limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="497"/>
        <source>Default download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="498"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="502"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="503"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="514"/>
        <source>Default download folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="196"/>
        <source>{month}: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateOverlay</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="91"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="94"/>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="149"/>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="152"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="161"/>
        <source>Sub-accounts cannot see it. Ask the main account of your company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="77"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="86"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="87"/>
        <source>Local folder → bucket (upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="88"/>
        <source>Bucket → local folder (download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="91"/>
        <source>Local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="92"/>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="102"/>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="206"/>
        <source>Compress with zstd (already-compressed formats are sent as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="107"/>
        <source>Leave out {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="113"/>
        <source>Only include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="114"/>
        <source>e.g. *.fastq lane1/** (space separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="117"/>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="118"/>
        <source>e.g. *.log tmp/ (space separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="119"/>
        <source>Delete files that are only in the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="123"/>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="124"/>
        <source>Local folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="125"/>
        <source>Bucket folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="126"/>
        <source>Only include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="127"/>
        <source>Exclude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="132"/>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="213"/>
        <source>Compare to see what the sync will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="137"/>
        <source>Sync plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="140"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="140"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="140"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="140"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="152"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="156"/>
        <source>Start sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="198"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="203"/>
        <source>Decompress Gene Desk .zst files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="235"/>
        <source>New: {new}   Changed: {changed}   Unchanged: {unchanged}   Only in the destination: {extra}   To transfer: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="239"/>
        <source>Files only in the destination are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="241"/>
        <source>{n} file(s) cannot be synced; see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="245"/>
        <source>Everything is in sync: nothing to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="252"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="253"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="254"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="255"/>
        <source>Only in destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="261"/>
        <source>Cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="107"/>
        <source>Comparing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="131"/>
        <source>Everything is in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="138"/>
        <source>Delete {n} file(s) that are only in the destination?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="142"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="149"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="344"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="350"/>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="356"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="359"/>
        <source>Ticket type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="397"/>
        <source>{tab} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferStatusLabel</name>
    <message>
        <location filename="../../gene_desk/ui/transfer_status.py" line="76"/>
        <source>{n} transfer(s) running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadConflictDialog</name>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="36"/>
        <source>File already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="43"/>
        <source>The same file is already in the bucket as {existing} (with or without .zst compression). What should happen to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="47"/>
        <source>{existing} already exists. What should happen to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="54"/>
        <source>Apply to all ({n} more conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="56"/>
        <source>Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="62"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="64"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="65"/>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="66"/>
        <source>The new file gets a new name, such as &quot;name (1)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="381"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="382"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="387"/>
        <source>Upload to: {target}
Files are compressed with zstd by default (.zst; a folder becomes one .tar.zst); untick Compress to send an item as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="487"/>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="497"/>
        <source>Only the main account can see the user list.</source>
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
        <location filename="../../gene_desk/ui/errors_text.py" line="133"/>
        <source>The file is in archive storage: restore it before downloading it (restoring takes minutes to hours, depending on the mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="138"/>
        <source>The file is being restored: download it once the restore is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="141"/>
        <source>Another Gene Desk process (a command-line run) is running this transfer. Control it there, or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="147"/>
        <location filename="../../gene_desk/ui/errors_text.py" line="221"/>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="153"/>
        <source>Please enter a bucket name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="154"/>
        <source>Use only lowercase letters, digits and &apos;-&apos;; the name cannot start or end with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="159"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="165"/>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="166"/>
        <source>&apos;.&apos; and &apos;..&apos; cannot be used as names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="167"/>
        <source>A name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="168"/>
        <source>A name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="171"/>
        <source>The full path is too long for COS (850 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="181"/>
        <source>Too many failed logins. Try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="187"/>
        <source>request id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="193"/>
        <source>Unexpected error: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="223"/>
        <source>{text} ({code}, request id: {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="226"/>
        <source>{text} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="176"/>
        <source>This folder holds no compressed files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <location filename="../../gene_desk/ui/instance.py" line="63"/>
        <source>{app} is already running with this data folder ({folder}). Switch to its window, or quit it and start {app} again.</source>
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
        <location filename="../../gene_desk/ui/formatting.py" line="83"/>
        <source>use-chinese-region-names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage_class</name>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="23"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="24"/>
        <source>Infrequent access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="25"/>
        <source>Intelligent tiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="26"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="27"/>
        <source>Deep archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="28"/>
        <source>Standard (multi-AZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="29"/>
        <source>Infrequent access (multi-AZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="32"/>
        <source>Intelligent tiering (multi-AZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="41"/>
        <source>Expedited (1-5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="42"/>
        <source>Standard (3-5 hours; deep archive 12-24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="45"/>
        <source>Bulk (5-12 hours; deep archive 24-48 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="57"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="59"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="60"/>
        <source>Restored (until {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="72"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>types</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="51"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="54"/>
        <source>Folder archive (zstd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="55"/>
        <source>Zstd compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="68"/>
        <source>Gzip compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="69"/>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="75"/>
        <source>{ext} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="78"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
