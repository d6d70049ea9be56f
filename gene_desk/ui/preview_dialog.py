"""预览: the dialog showing what a remote object holds (issue 16 part 2).

Why a stop flag of its own: the preview runs on a worker with ranged GETs; closing the dialog
(关闭, Esc, the window's close box, the main window going away) sets ``stop``, which ends the
fetch between ranges and cuts off the range in flight (``core.stopflag.StopFlag``). The dialog
shows only text the engine already escaped; the summary is worded here, in the user's language.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from gene_desk.core.stopflag import StopFlag
from gene_desk.preview import PreviewResult
from gene_desk.preview import report as rp
from gene_desk.ui.dialog_parts import close_buttons, described_label
from gene_desk.ui.formatting import size_text


class PreviewDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stop = StopFlag()
        self.result: PreviewResult | None = None
        self.setObjectName("PreviewDialog")
        self.setWindowTitle(self.tr("Preview: {name}").format(name=name))
        self.resize(860, 600)
        self.summary = described_label(
            "previewSummary",
            self.tr("Preview summary"),
            self.tr("Reading the start of the file..."),
        )
        self.facts = described_label("previewFacts", self.tr("File facts"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setAccessibleName(self.tr("Preview text"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = close_buttons(self, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.facts)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _code: self.stop.set())  # 关闭, Esc, close box

    def done(self, code: int) -> None:
        self.stop.set()  # before anything else: the worker stops reading at once
        super().done(code)

    # -- states -----------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.summary.setText(self.tr("Preview failed: {error}").format(error=text))

    def show_result(self, result: PreviewResult) -> None:
        self.result = result
        lines = [self._summary_line(result)]
        if result.damage is not None:
            lines.append(self._damage_line(result))
        self.summary.setText("\n".join(lines))
        self.facts.setText(self._facts_line(result))
        self.text.setPlainText(self._body(result))

    # -- wording ----------------------------------------------------------------------------------
    def _summary_line(self, result: PreviewResult) -> str:
        encodings = {
            "phred33": "Phred+33",
            "phred64": "Phred+64",
            "unknown": self.tr("unknown"),
        }
        if result.fastq is not None:
            f = result.fastq
            text = self.tr(
                "FASTQ: {reads} reads in the part read, length {low}-{high}, quality {encoding}"
            ).format(
                reads=f"{f.records:,}",
                low=f.min_length,
                high=f.max_length,
                encoding=encodings.get(f.encoding, f.encoding),
            )
            if f.mate:
                text += "\n" + self.tr("Paired file: {name}").format(name=f.mate)
            else:
                text += "\n" + self.tr("No paired file found next to it")
            return text
        if result.alignment is not None:
            a = result.alignment
            if not a.text_available:
                return self.tr("{kind} version {version}: only the version can be read").format(
                    kind=result.kind.upper(), version=a.version
                )
            return self.tr(
                "{kind} header: version {version}, {refs} references, {rg} read groups,"
                " {pg} programs"
            ).format(
                kind=result.kind.upper(),
                version=a.version or "?",
                refs=f"{a.sq_count:,}",
                rg=len(a.read_groups),
                pg=len(a.programs),
            )
        if result.text is not None:
            return self.tr("Text: {header} header lines, first {lines} lines shown").format(
                header=len(result.text.header), lines=len(result.text.lines)
            )
        if result.note == "archived":
            return self.tr("Archived: restore the file to preview its content")
        return self.tr("No preview for this type of file: its facts only")

    def _damage_line(self, result: PreviewResult) -> str:
        assert result.damage is not None
        reasons = {
            "corrupt-zstd": self.tr("the zstd data is corrupt"),
            "corrupt-gzip": self.tr("the gzip data is corrupt"),
            "bad-magic": self.tr("the content cannot be read"),
            "bad-bam": self.tr("it is not a valid BAM file"),
            "bad-cram": self.tr("it is not a valid CRAM file"),
            "not-fastq": self.tr("it is not a valid FASTQ file"),
            "cut-short": self.tr("the file ends in the middle of its data"),
        }
        reason = reasons.get(result.damage.reason, result.damage.reason)
        return self.tr("Damaged: {reason} ({code})").format(
            reason=reason, code=result.damage.code.value
        )

    def _facts_line(self, result: PreviewResult) -> str:
        facts = result.facts
        text = self.tr("Size {size}, type {type}, storage class {cls}, CRC-64 {crc}").format(
            size=size_text(facts.size),
            type=facts.content_type or "-",
            cls=facts.storage_class,
            crc="-" if facts.crc64 is None else str(facts.crc64),
        )
        if result.fetched:
            text += "\n" + self.tr("Read {read} of the file, decoded as {how}").format(
                read=size_text(result.fetched),
                how=" + ".join(result.layers) if result.layers else self.tr("plain"),
            )
        if result.member:
            text += "\n" + self.tr("Showing {name} from the archive").format(name=result.member)
        return text

    def _body(self, result: PreviewResult) -> str:
        titles = {
            rp.SECTION_MEMBERS: self.tr("Files in the archive"),
            rp.SECTION_READS: self.tr("First reads"),
            rp.SECTION_HEADER: self.tr("Header"),
            rp.SECTION_LINES: self.tr("First lines"),
            rp.SECTION_REFERENCES: self.tr("References"),
            rp.SECTION_READ_GROUPS: self.tr("Read groups"),
            rp.SECTION_PROGRAMS: self.tr("Programs"),
            rp.SECTION_METADATA: self.tr("Metadata"),
        }
        parts = []
        for name, lines in rp.sections(result):
            parts.append(f"== {titles.get(name, name)} ({len(lines)}) ==")
            parts.extend(lines)
            parts.append("")
        return "\n".join(parts)
