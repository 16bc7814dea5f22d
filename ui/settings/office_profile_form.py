"""The office profile form: shared by the first-run wizard and Settings → Profil kantor.

It edits what :mod:`models.core.office_profile` stores (legal name, address with province and regency, phone, email,
NPWP, licence number, signatory, receipt paper, logo); saving is the caller's (``update_profile``), so the wizard
and the settings tab both go through the one audited action.
"""
from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from models.core.office_profile import RECEIPT_PAPERS, OfficeProfile, logo_from_file
from models.core import wilayah
from ui.common.form_errors import FormErrors
from ui.common.labels import label


class OfficeProfileForm(QWidget):
    """Fields of the office profile; :meth:`values` gives the keyword arguments of ``update_profile``."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self._logo_b64 = ""
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form = form
        self.legal_name = QLineEdit()
        self.legal_name.setMaxLength(120)
        self.legal_name.setPlaceholderText(self.tr("mis. PT Mitra Pembiayaan Sejahtera"))
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.address.setPlaceholderText(self.tr("Jalan, nomor, kelurahan, kecamatan"))
        self.province = QComboBox()
        self.province.addItem("—", "")
        for region in wilayah.provinces():
            self.province.addItem(region.name, region.code)
        self.regency = QComboBox()
        self.regency.addItem("—", "")
        self.province.currentIndexChanged.connect(self._fill_regencies)
        self.phone = QLineEdit()
        self.phone.setMaxLength(32)
        self.phone.setPlaceholderText("022-4201234")
        self.email = QLineEdit()
        self.email.setMaxLength(120)
        self.npwp = QLineEdit()
        self.npwp.setMaxLength(24)
        self.npwp.setPlaceholderText("01.234.567.8-901.000")
        self.licence = QLineEdit()
        self.licence.setMaxLength(80)
        self.licence.setPlaceholderText(self.tr("Izin usaha OJK, atau nomor badan hukum koperasi (AHU-…)"))
        self.signatory_name = QLineEdit()
        self.signatory_name.setMaxLength(80)
        self.signatory_title = QLineEdit()
        self.signatory_title.setMaxLength(80)
        self.signatory_title.setPlaceholderText(self.tr("mis. Kepala Cabang"))
        self.receipt_paper = QComboBox()
        for key, text in RECEIPT_PAPERS.items():
            self.receipt_paper.addItem(label(text), key)
        self.logo_preview = QLabel(self.tr("(tanpa logo)"))
        self.logo_preview.setMinimumHeight(40)
        self.logo_button = QPushButton(self.tr("Pilih logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Hapus logo"))
        self.logo_clear.clicked.connect(lambda: self.set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)

        rows = [
            ("legal_name", self.tr("Nama resmi*"), self.legal_name),
            ("address", self.tr("Alamat"), self.address),
            ("province", self.tr("Provinsi"), self.province),
            ("region", self.tr("Kabupaten/Kota"), self.regency),
            ("phone", self.tr("Telepon"), self.phone),
            ("email", self.tr("Email"), self.email),
            ("npwp", self.tr("NPWP"), self.npwp),
            ("licence", self.tr("Nomor izin OJK / badan hukum"), self.licence),
            ("signatory_name", self.tr("Penanda tangan surat"), self.signatory_name),
            ("signatory_title", self.tr("Jabatan penanda tangan"), self.signatory_title),
            ("receipt_paper", self.tr("Kertas kwitansi"), self.receipt_paper),
        ]
        self.labels = {}
        for key, text, widget in rows:
            widget.setObjectName(f"profile_{key}")
            form.addRow(text, widget)
            self.labels[key] = text.rstrip("*")
        form.addRow(self.tr("Logo"), logo_row)
        self.labels["logo"] = self.tr("Logo")
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b3261e;")
        form.addRow(self.error)
        self.errors = FormErrors(self.error, {k: w for k, _t, w in rows}, self.labels)
        self.errors.add("logo", self.logo_button)

    # ------------------------------------------------------------------------------------------------ data
    def _fill_regencies(self) -> None:
        code = self.province.currentData()
        self.regency.blockSignals(True)
        self.regency.clear()
        self.regency.addItem("—", "")
        for region in wilayah.children(code) if code else []:
            self.regency.addItem(region.name, region.code)
        self.regency.blockSignals(False)

    def load(self, profile: OfficeProfile) -> None:
        self.legal_name.setText(profile.legal_name)
        self.address.setText(profile.address)
        chain = wilayah.path(profile.region_code) if profile.region_code else []
        self.province.setCurrentIndex(max(0, self.province.findData(chain[0].code if chain else "")))
        self._fill_regencies()
        if len(chain) > 1:
            self.regency.setCurrentIndex(max(0, self.regency.findData(chain[1].code)))
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.npwp.setText(profile.npwp)
        self.licence.setText(profile.licence)
        self.signatory_name.setText(profile.signatory_name)
        self.signatory_title.setText(profile.signatory_title)
        self.receipt_paper.setCurrentIndex(max(0, self.receipt_paper.findData(profile.receipt_paper)))
        self.set_logo(profile.logo_b64)

    def values(self) -> dict:
        """The form as ``update_profile`` keyword arguments."""
        region = self.regency.currentData() or self.province.currentData() or ""
        return dict(legal_name=self.legal_name.text(), address=self.address.text(), region_code=region,
                    phone=self.phone.text(), email=self.email.text(), npwp=self.npwp.text(),
                    licence=self.licence.text(), signatory_name=self.signatory_name.text(),
                    signatory_title=self.signatory_title.text(), receipt_paper=self.receipt_paper.currentData(),
                    logo_b64=self._logo_b64)

    def set_logo(self, b64: str) -> None:
        self._logo_b64 = b64 or ""
        pixmap = QPixmap()
        if b64 and pixmap.loadFromData(QByteArray(base64.b64decode(b64))):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(40, Qt.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
        self.errors.edited("logo")

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Pilih logo kantor"), "",
                                                    self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(logo_from_file(path))
