"""The customer form: register or edit a customer, with the errors shown next to the fields.

Saving calls :func:`models.customers.customers.create_customer` / :func:`update_customer`, which check every rule; the
form only shows what comes back: each :class:`FieldError` under its field (the field gets ``invalid=true``),
NIK warnings as a question (saved only when the officer confirms, ``confirm_warnings=True``), and a duplicate
NIK as an offer to open the customer already registered.  The address uses the Kemendagri region table as a
province → regency → district → village cascade.
"""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import ConflictError, DomainError, FieldError, ValidationError
from models.core.users import officers
from models.customers import customers as C
from models.core import wilayah
from ui.common.dialogs import show_error
from ui.common.labels import field_error_text, label, message
from ui.common.money_edit import MoneyEdit
from ui.common.theme import COLORS, icon
from ui.common.focus import chain_as_laid_out

TEXT_WIDGETS = ("full_name", "nik", "kk_number", "npwp", "birth_place", "mother_maiden_name", "member_no",
                "address", "rt", "rw", "postal_code", "phone", "phone2", "email", "occupation", "employer",
                "spouse_name", "spouse_nik", "spouse_phone", "emergency_name", "emergency_relation",
                "emergency_phone")
REGION_LEVELS = ("province", "regency", "district", "village")


def with_error_label(widget: QWidget, name: str) -> tuple[QWidget, QLabel]:
    """``widget`` above a hidden red label where its field error will be shown (also used by the dealer form)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    error = QLabel()
    error.setObjectName(f"error_{name}")
    error.setStyleSheet(f"color: {COLORS['error']}; font-size: 90%;")
    error.setWordWrap(True)
    error.hide()
    layout.addWidget(error)
    return box, error


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Set the style sheet's ``invalid`` property and re-polish so the red border appears or goes."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CustomerFormDialog(QDialog):
    """New customer (``customer_id=None``) or edit one.  After ``accept()``: :attr:`saved` is the customer;
    :attr:`open_existing_id` is set when the user chose to open the customer holding the same NIK."""

    def __init__(self, session, customer_id: int | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.customer_id = customer_id
        self.saved = None
        self.open_existing_id: int | None = None
        self._version: int | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Nasabah baru") if customer_id is None else self.tr("Ubah data nasabah"))
        self.resize(760, 620)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        if customer_id is not None:
            self._load(customer_id)
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    # ------------------------------------------------------------------------------------------- layout
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        limit = C.MAX_LENGTHS.get(name)
        if limit:
            edit.setMaxLength(limit)
        self.fields[name] = edit
        return edit

    def _combo(self, name: str, choices: dict[str, str], blank: bool = True) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        if blank:
            combo.addItem("—", "")
        for code, text in choices.items():
            combo.addItem(label(text), code)
        self.fields[name] = combo
        return combo

    def _row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        box, self.errors[name] = with_error_label(widget, name)
        form.addRow(label, box)

    def _build(self) -> None:
        tabs = QTabWidget()
        self.tabs = tabs
        # --- identity
        page = QWidget()
        form = QFormLayout(page)
        self._row(form, self.tr("Nama lengkap*"), "full_name", self._line("full_name", self.tr("sesuai KTP")))
        self._row(form, self.tr("NIK*"), "nik", self._line("nik", self.tr("16 digit")))
        self.fields["nik"].setInputMask("")
        self.fields["nik"].setMaxLength(20)
        birth = QDateEdit()
        birth.setObjectName("birth_date")
        birth.setDisplayFormat("dd/MM/yyyy")
        birth.setCalendarPopup(True)
        birth.setMinimumDate(QDate(1900, 1, 1))
        birth.setMaximumDate(QDate.currentDate())
        birth.setDate(QDate(1990, 1, 1))
        self.fields["birth_date"] = birth
        self._row(form, self.tr("Tempat lahir"), "birth_place", self._line("birth_place"))
        self._row(form, self.tr("Tanggal lahir*"), "birth_date", birth)
        self._row(form, self.tr("Jenis kelamin*"), "gender", self._combo("gender", C.GENDERS))
        self._row(form, self.tr("Status perkawinan"), "marital_status",
                  self._combo("marital_status", C.MARITAL_STATUSES))
        self._row(form, self.tr("Nama ibu kandung"), "mother_maiden_name", self._line("mother_maiden_name"))
        self._row(form, self.tr("No. KK"), "kk_number", self._line("kk_number"))
        self._row(form, self.tr("NPWP"), "npwp", self._line("npwp"))
        self._row(form, self.tr("No. anggota"), "member_no", self._line("member_no", self.tr("koperasi")))
        officer = QComboBox()
        officer.setObjectName("officer")
        for user in officers():
            shown = f"{user.full_name} ({user.officer_code})" if user.officer_code else user.full_name
            officer.addItem(shown, user.id)
        me = officer.findData(self.session.user.id)
        if me >= 0:
            officer.setCurrentIndex(me)
        officer.setEnabled(self.session.can("customer.view_all") and self.customer_id is None)
        self.fields["officer"] = officer
        self._row(form, self.tr("Petugas"), "officer", officer)
        self._row(form, self.tr("Status"), "status", self._combo("status", C.STATUSES, blank=False))
        tabs.addTab(page, self.tr("Identitas"))

        # --- address and contact
        page = QWidget()
        form = QFormLayout(page)
        self._row(form, self.tr("Alamat"), "address", self._line("address", self.tr("jalan, nomor rumah")))
        rtrw = QWidget()
        grid = QGridLayout(rtrw)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("RT")), 0, 0)
        grid.addWidget(self._line("rt", "001"), 0, 1)
        grid.addWidget(QLabel(self.tr("RW")), 0, 2)
        grid.addWidget(self._line("rw", "002"), 0, 3)
        self._row(form, self.tr("RT/RW"), "rt", rtrw)
        self.errors["rw"] = self.errors["rt"]
        self.region: dict[str, QComboBox] = {}
        labels = {"province": self.tr("Provinsi"), "regency": self.tr("Kabupaten/Kota"),
                  "district": self.tr("Kecamatan"), "village": self.tr("Kelurahan/Desa")}
        for level in REGION_LEVELS:
            combo = QComboBox()
            combo.setObjectName(f"region_{level}")
            combo.setEditable(False)
            combo.setMaxVisibleItems(20)
            self.region[level] = combo
            self._row(form, labels[level], level, combo)
        self.errors["region_code"] = self.errors["village"]
        self.region["province"].addItem("—", "")
        for region in wilayah.provinces():
            self.region["province"].addItem(region.name, region.code)
        for upper, lower in zip(REGION_LEVELS, REGION_LEVELS[1:]):
            self.region[upper].currentIndexChanged.connect(lambda _i, u=upper, l=lower: self._cascade(u, l))
        self._row(form, self.tr("Kode pos"), "postal_code", self._line("postal_code"))
        self._row(form, self.tr("Telepon*"), "phone", self._line("phone", "0812-3456-7890"))
        self._row(form, self.tr("Telepon 2"), "phone2", self._line("phone2"))
        self._row(form, self.tr("Email"), "email", self._line("email"))
        self._row(form, self.tr("Status rumah"), "home_ownership", self._combo("home_ownership", C.HOME_OWNERSHIP))
        tabs.addTab(page, self.tr("Alamat && kontak"))

        # --- work and family
        page = QWidget()
        form = QFormLayout(page)
        self._row(form, self.tr("Pekerjaan"), "occupation", self._line("occupation"))
        self._row(form, self.tr("Tempat kerja/usaha"), "employer", self._line("employer"))
        for name, caption in (("monthly_income", self.tr("Penghasilan/bulan")),
                              ("monthly_expenses", self.tr("Pengeluaran/bulan"))):
            edit = MoneyEdit()
            edit.setObjectName(name)
            self.fields[name] = edit
            self._row(form, caption, name, edit)
        self._row(form, self.tr("Nama pasangan"), "spouse_name", self._line("spouse_name"))
        self._row(form, self.tr("NIK pasangan"), "spouse_nik", self._line("spouse_nik"))
        self._row(form, self.tr("Telepon pasangan"), "spouse_phone", self._line("spouse_phone"))
        self._row(form, self.tr("Kontak darurat"), "emergency_name", self._line("emergency_name"))
        self._row(form, self.tr("Hubungan"), "emergency_relation", self._line("emergency_relation"))
        self._row(form, self.tr("Telepon kontak darurat"), "emergency_phone", self._line("emergency_phone"))
        notes = QPlainTextEdit()
        notes.setObjectName("notes")
        notes.setFixedHeight(70)
        self.fields["notes"] = notes
        self._row(form, self.tr("Catatan"), "notes", notes)
        tabs.addTab(page, self.tr("Pekerjaan && keluarga"))

        self.summary = QLabel()
        self.summary.setObjectName("formSummary")
        self.summary.setStyleSheet(f"color: {COLORS['error']};")
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def _cascade(self, upper: str, lower: str) -> None:
        """Refill the level below ``upper`` with the children of the region just picked."""
        code = self.region[upper].currentData()
        combo = self.region[lower]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", "")
        for region in wilayah.children(code) if code else []:
            combo.addItem(region.name, region.code)
        combo.blockSignals(False)
        combo.setCurrentIndex(0)
        combo.currentIndexChanged.emit(0)

    def set_region(self, code: str) -> None:
        """Select a region (any level) and its parents in the cascade."""
        for region in wilayah.path(code):
            combo = self.region[region.level]
            index = combo.findData(region.code)
            if index >= 0:
                combo.setCurrentIndex(index)

    # -------------------------------------------------------------------------------------------- data
    def _load(self, customer_id: int) -> None:
        customer = C.get_customer(self.session.user, customer_id)
        self._version = customer.version
        for name in TEXT_WIDGETS:
            value = getattr(customer, name) or ""
            if name in C.PHONE_FIELDS and value:
                value = "0" + value[3:] if value.startswith("+62") else value
            self.fields[name].setText(value)
        self.fields["birth_date"].setDate(QDate(customer.birth_date))
        for name in ("gender", "marital_status", "home_ownership", "status"):
            combo = self.fields[name]
            combo.setCurrentIndex(max(0, combo.findData(getattr(customer, name))))
        index = self.fields["officer"].findData(customer.officer_id)
        if index >= 0:
            self.fields["officer"].setCurrentIndex(index)
        self.fields["monthly_income"].setValue(customer.monthly_income)
        self.fields["monthly_expenses"].setValue(customer.monthly_expenses)
        self.fields["notes"].setPlainText(customer.notes)
        if customer.region_code:
            self.set_region(customer.region_code)

    def values(self) -> dict:
        """The form as the models/ functions take it."""
        data = {name: self.fields[name].text() for name in TEXT_WIDGETS}
        data["birth_date"] = self.fields["birth_date"].date().toPython()
        for name in ("gender", "marital_status", "home_ownership", "status"):
            data[name] = self.fields[name].currentData()
        for name in ("monthly_income", "monthly_expenses"):
            data[name] = self.fields[name].value() or 0
        data["notes"] = self.fields["notes"].toPlainText()
        region = ""
        for level in REGION_LEVELS:
            region = self.region[level].currentData() or region
        if region and self.region["village"].currentData():
            data["region_code"] = region
        elif region:
            # Only part of the cascade picked: keep the names of what was picked, no village code.
            for region_obj in wilayah.path(region):
                data[region_obj.level] = region_obj.name
        if self.customer_id is None:
            data["officer"] = self.fields["officer"].currentData()
        return data

    def clear_errors(self) -> None:
        for error_label in self.errors.values():
            error_label.hide()
            error_label.clear()
        for widget in list(self.fields.values()) + list(self.region.values()):
            set_invalid(widget, False)
        self.summary.hide()
        for i in range(self.tabs.count()):
            self.tabs.setTabIcon(i, QIcon())

    def show_errors(self, errors) -> None:
        """Put each error under its field; errors without a field go to the summary line."""
        self.clear_errors()
        loose, first_tab = [], None
        for error in errors:
            error_label = self.errors.get(error.field)
            if error_label is None:
                loose.append(field_error_text(error))
                continue
            error_label.setText((error_label.text() + "\n" if error_label.text() else "") + message(error.message))
            error_label.show()
            widget = self.fields.get(error.field) or self.region.get(
                "village" if error.field == "region_code" else error.field)
            if widget is not None:
                set_invalid(widget, True)
                if first_tab is None:
                    first_tab = self._tab_of(widget)
        marked = set()
        for error_label in self.errors.values():
            if error_label.text():
                tab = self._tab_of(error_label)
                if tab is not None:
                    marked.add(tab)
        for i in range(self.tabs.count()):
            self.tabs.setTabIcon(i, icon("warning") if i in marked else QIcon())
        if len(marked) > 1:
            loose.append(self.tr("Ada isian yang perlu diperbaiki di tab bertanda peringatan."))
        if loose:
            self.summary.setText("\n".join(loose))
            self.summary.show()
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def _tab_of(self, widget: QWidget) -> int | None:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(widget):
                return i
        return None

    # The domain asks, the view answers: tests replace these two with their own answers.
    def confirm_warnings(self, warnings) -> bool:
        text = self.tr("Periksa KTP nasabah:") + "\n\n" + "\n\n".join(message(w.message) for w in warnings) + "\n\n" + \
            self.tr("Simpan tetap dengan NIK ini?")
        answer = QMessageBox.question(self, self.tr("Konfirmasi NIK"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def offer_existing(self, exc: ConflictError) -> bool:
        text = message(exc.message) + "\n\n" + self.tr("Buka data nasabah yang sudah terdaftar?")
        answer = QMessageBox.question(self, self.tr("NIK sudah terdaftar"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        data = self.values()
        user = self.session.user
        confirm = False
        while True:
            try:
                if self.customer_id is None:
                    self.saved = C.create_customer(user, data, confirm_warnings=confirm)
                else:
                    self.saved = C.update_customer(user, self.customer_id, data, confirm_warnings=confirm,
                                                   expected_version=self._version)
            except C.WarningsNeedConfirmation as exc:
                self.clear_errors()
                if not confirm and self.confirm_warnings(exc.errors):
                    confirm = True
                    continue
                self.show_errors(exc.errors)
                return
            except ValidationError as exc:
                self.show_errors(exc.errors)
                return
            except ConflictError as exc:
                if exc.existing_id is not None and exc.existing_id != self.customer_id and "NIK" in exc.message:
                    self.show_errors([FieldError("nik", exc.message)])
                    if self.offer_existing(exc):
                        self.open_existing_id = exc.existing_id
                        self.reject()
                    return
                show_error(self, exc)
                return
            except DomainError as exc:
                show_error(self, exc)
                return
            break
        self.session.notify("customers")
        self.accept()
