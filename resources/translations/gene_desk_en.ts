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
    <name>AccountColumns</name>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="113"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="114"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="218"/>
        <source>Cloud platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="115"/>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="116"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="122"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="117"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="151"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="161"/>
        <source>Amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="120"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="121"/>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="123"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="124"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="125"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="146"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="152"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="164"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="172"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="183"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="126"/>
        <source>Paid (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="127"/>
        <source>Ordered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="130"/>
        <source>Recharge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="131"/>
        <source>Recharge amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="132"/>
        <source>Recharged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="133"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="140"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="165"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="171"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="182"/>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="134"/>
        <source>Invoice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="135"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="147"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="138"/>
        <source>Allocation no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="139"/>
        <source>Allocated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="141"/>
        <source>Allocated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="142"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="143"/>
        <source>Allocated (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="144"/>
        <source>Received (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="145"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="150"/>
        <source>Coupon no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="153"/>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="154"/>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="155"/>
        <source>Used at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="156"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="159"/>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="160"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="170"/>
        <location filename="../../gene_desk/ui/account/columns.py" line="180"/>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="162"/>
        <source>Invoice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="163"/>
        <source>Invoice type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="168"/>
        <source>Refund no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="169"/>
        <source>Refund amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="175"/>
        <source>Ticket no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="176"/>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="178"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="181"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="186"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="187"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="188"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="189"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="190"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="193"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="194"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="195"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="197"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="201"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="202"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="204"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="208"/>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="210"/>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="220"/>
        <source>Compute (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="221"/>
        <source>Storage (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="222"/>
        <source>Network (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="223"/>
        <source>Security (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="224"/>
        <source>Other (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="226"/>
        <source>Total (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEnums</name>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="72"/>
        <location filename="../../gene_desk/ui/account/values.py" line="150"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="73"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="74"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="75"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="76"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="77"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="78"/>
        <location filename="../../gene_desk/ui/account/values.py" line="92"/>
        <location filename="../../gene_desk/ui/account/values.py" line="107"/>
        <location filename="../../gene_desk/ui/account/values.py" line="109"/>
        <location filename="../../gene_desk/ui/account/values.py" line="125"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="79"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="82"/>
        <source>Not invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="84"/>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="87"/>
        <source>Not invoiceable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="89"/>
        <source>From balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="90"/>
        <source>With coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="91"/>
        <location filename="../../gene_desk/ui/account/values.py" line="95"/>
        <source>Allocating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="93"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="94"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="96"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="97"/>
        <source>Recharge invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="100"/>
        <source>Prepaid recharge invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="104"/>
        <source>Consumption invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="106"/>
        <location filename="../../gene_desk/ui/account/values.py" line="108"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="112"/>
        <source>Open public cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="114"/>
        <source>Recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="115"/>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="116"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="117"/>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="118"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="121"/>
        <source>Open security configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="123"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="124"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="126"/>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="127"/>
        <source>To-do tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="130"/>
        <source>Tickets in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="132"/>
        <source>Completed tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="133"/>
        <source>Bill messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="134"/>
        <source>Ticket messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountValues</name>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="106"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/columns.py" line="108"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="64"/>
        <source>Main account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/values.py" line="66"/>
        <source>Sub-account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountWindow</name>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="74"/>
        <source>Account center - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="83"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="83"/>
        <source>Account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="85"/>
        <source>Billing center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="87"/>
        <source>Consumption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="88"/>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="89"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="90"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="91"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="92"/>
        <source>Invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="93"/>
        <source>Refund records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="97"/>
        <source>Tickets and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="98"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="98"/>
        <source>Message center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="101"/>
        <source>User management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="102"/>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="102"/>
        <source>Role descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="128"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="137"/>
        <source>{name} ({account})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="213"/>
        <source>{page} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="555"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="559"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="560"/>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="562"/>
        <source>Allocated to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="564"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <location filename="../../gene_desk/ui/account/models.py" line="231"/>
        <source>Total</source>
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
    <message>
        <source>Supported: .zst, .tar.zst, .gz, .tar.gz, .bz2, .xz, .tar and .zip. Archives are checked for unsafe paths before anything is written. A folder: every compressed file in it, into a folder of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumptionPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="422"/>
        <source>Consumption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="427"/>
        <location filename="../../gene_desk/ui/account/lists.py" line="429"/>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="431"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="432"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="435"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="437"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="439"/>
        <source>Cloud platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="441"/>
        <source>Product category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="446"/>
        <source>Note: last month&apos;s details can be queried from the 10th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="468"/>
        <source>The first month is after the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="484"/>
        <source>Total: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="600"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="610"/>
        <source>Coupon usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="615"/>
        <source>Coupons are valid for 30 days from issue, can only be used on 中金云 and are allocated without discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="628"/>
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
    <message>
        <location filename="../../gene_desk/ui/dialogs.py" line="152"/>
        <source>{left} of {max} characters left in this region</source>
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
    <name>DateRange</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="325"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="327"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="332"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatedListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="373"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="379"/>
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
        <location filename="../../gene_desk/ui/account/widgets.py" line="358"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="363"/>
        <source>CSV (.csv)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="366"/>
        <source>Excel workbook (.xlsx)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="636"/>
        <source>Invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="640"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="643"/>
        <source>Invoice type:</source>
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
    <message>
        <source>Destination</source>
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
    <name>ListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="129"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="267"/>
        <source>Only the main account can see this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="293"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="296"/>
        <source>Export {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="331"/>
        <source>Exporting... {done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="339"/>
        <source>Exported {n} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="348"/>
        <source>Export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="354"/>
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
        <location filename="../../gene_desk/ui/main_window.py" line="75"/>
        <source>Gene Data Collaboration Platform - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="123"/>
        <source>Search by name prefix in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="156"/>
        <source>Logged in: {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="157"/>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="167"/>
        <location filename="../../gene_desk/ui/main_window.py" line="251"/>
        <source>Transfer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="174"/>
        <location filename="../../gene_desk/ui/main_window.py" line="258"/>
        <source>Compression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="207"/>
        <source>Bucket...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="210"/>
        <source>Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="216"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="217"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="218"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="220"/>
        <location filename="../../gene_desk/ui/main_window.py" line="302"/>
        <location filename="../../gene_desk/ui/main_window.py" line="320"/>
        <location filename="../../gene_desk/ui/main_window.py" line="791"/>
        <location filename="../../gene_desk/ui/main_window.py" line="793"/>
        <location filename="../../gene_desk/ui/main_window.py" line="895"/>
        <location filename="../../gene_desk/ui/main_window.py" line="896"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1095"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="227"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="230"/>
        <source>Download files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="237"/>
        <source>Compress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="244"/>
        <source>Decompress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="265"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="276"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="283"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="288"/>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="289"/>
        <source>About Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="290"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="292"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1224"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1225"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="299"/>
        <location filename="../../gene_desk/ui/main_window.py" line="313"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="307"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="345"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="353"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="356"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="361"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="481"/>
        <source>Choose a bucket on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="531"/>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="533"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="535"/>
        <source>{n} items loaded, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="539"/>
        <source>Choose a bucket on the left to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="542"/>
        <source>No names start with “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="546"/>
        <source>This folder is empty. Upload files or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="611"/>
        <source>Bucket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="628"/>
        <location filename="../../gene_desk/ui/main_window.py" line="866"/>
        <location filename="../../gene_desk/ui/main_window.py" line="908"/>
        <location filename="../../gene_desk/ui/main_window.py" line="983"/>
        <source>Please choose a bucket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="651"/>
        <source>Folder created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="676"/>
        <source>Please select the files or folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="681"/>
        <source>Please select the files to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="689"/>
        <source>Please select the folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="694"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="696"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="722"/>
        <source>Counting what will be deleted...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="751"/>
        <source>Counting what will be deleted... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="772"/>
        <source>Delete {folders} folder(s) ({names}) and everything in them: {n}{more} object(s), {size}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="782"/>
        <source>The {n} selected file(s) are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="786"/>
        <source>Delete the {n} selected file(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="792"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="801"/>
        <source>Deleting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="828"/>
        <location filename="../../gene_desk/ui/main_window.py" line="883"/>
        <source>Deleted successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="833"/>
        <source>{ok} deleted, {failed} could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="844"/>
        <source>Delete cancelled; {n} object(s) were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="855"/>
        <source>Deleting... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="893"/>
        <source>Delete the bucket {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="991"/>
        <location filename="../../gene_desk/ui/main_window.py" line="1139"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1088"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1090"/>
        <source>Upload files here...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1114"/>
        <source>Upload files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1116"/>
        <source>New folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1120"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1124"/>
        <source>Delete folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1128"/>
        <source>Delete bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1187"/>
        <source>{n} unfinished transfer(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1193"/>
        <source>{n} unfinished compression task(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="1220"/>
        <source>Transfers or compression tasks are still running. Quit anyway? Unfinished transfers continue the next time you start Gene Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="757"/>
        <source>Message center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="761"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="764"/>
        <source>Read and unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="764"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="764"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="769"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="771"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="781"/>
        <source>Select a message to read it here.</source>
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
    <name>OrdersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="495"/>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="499"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="502"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="240"/>
        <source>Account balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="241"/>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="244"/>
        <source>中金云 balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="245"/>
        <source>Frozen amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="246"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="246"/>
        <source>Manage coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="247"/>
        <source>Estimated cost this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="250"/>
        <source>Spent last month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="251"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="256"/>
        <source>Recharged this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="257"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="262"/>
        <source>Allocated this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="263"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="275"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="279"/>
        <source>Current role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="280"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="281"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="282"/>
        <source>Account type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="283"/>
        <source>Last login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="284"/>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="294"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="298"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="299"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="300"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="301"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="334"/>
        <source>Note: the consumption overview is updated with a delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="337"/>
        <source>Bill overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="343"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="363"/>
        <source>Note: last month&apos;s details can be queried from the 10th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="394"/>
        <source>Account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="445"/>
        <source>Hello, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="447"/>
        <source>&lt;a href=&quot;messages&quot;&gt;{n} unread messages&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="455"/>
        <source>{n} coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="475"/>
        <source>Monthly bills of the last 12 months (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="492"/>
        <source>Total of {month}: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="176"/>
        <source>{n} / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="181"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="185"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="193"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="228"/>
        <source>{n} rows in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="229"/>
        <source>of {n}</source>
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
    <message>
        <source>Chosen files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RechargesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="523"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="528"/>
        <source>All invoice states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="532"/>
        <source>Invoice status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="666"/>
        <source>Refund records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="842"/>
        <source>Role descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="847"/>
        <source>Roles are created by Duoyungu; this page only describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="854"/>
        <source>Only the main account can see the role descriptions.</source>
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
    <name>SpendChart</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="195"/>
        <source>{month}: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateOverlay</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="71"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="74"/>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="125"/>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="128"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="137"/>
        <source>Sub-accounts cannot see it. Ask the main account of your company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="688"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="699"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="702"/>
        <source>Ticket type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="734"/>
        <source>{tab} ({n})</source>
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
    <name>UsersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="823"/>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="833"/>
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
        <source>Another Gene Desk process (a command-line run) is running this transfer. Control it there, or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="139"/>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="145"/>
        <source>Please enter a bucket name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="146"/>
        <source>Use only lowercase letters, digits and &apos;-&apos;; the name cannot start or end with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="151"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="157"/>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="158"/>
        <source>&apos;.&apos; and &apos;..&apos; cannot be used as names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="159"/>
        <source>A name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="160"/>
        <source>A name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="163"/>
        <source>The full path is too long for COS (850 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="171"/>
        <source>Too many failed logins. Try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="177"/>
        <source>request id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="183"/>
        <source>Unexpected error: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no compressed files.</source>
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
