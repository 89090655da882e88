# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from app.ui.screens.roster_mode import RosterModeBox

class Ui_AttendanceScreen(object):
    def setupUi(self, AttendanceScreen):
        if not AttendanceScreen.objectName():
            AttendanceScreen.setObjectName(u"AttendanceScreen")
        self.layout = QGridLayout(AttendanceScreen)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 12)
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.header_text = QVBoxLayout()
        self.header_text.setObjectName(u"header_text")
        self.picker_row = QHBoxLayout()
        self.picker_row.setObjectName(u"picker_row")
        self.picker_label = QLabel(AttendanceScreen)
        self.picker_label.setObjectName(u"picker_label")

        self.picker_row.addWidget(self.picker_label)

        self.session_picker = QComboBox(AttendanceScreen)
        self.session_picker.setObjectName(u"session_picker")
        self.session_picker.setMinimumSize(QSize(420, 0))

        self.picker_row.addWidget(self.session_picker)

        self.picker_row.setStretch(1, 1)

        self.header_text.addLayout(self.picker_row)

        self.session_title = QLabel(AttendanceScreen)
        self.session_title.setObjectName(u"session_title")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.session_title.setFont(font)
        self.session_title.setWordWrap(True)

        self.header_text.addWidget(self.session_title)

        self.session_info = QLabel(AttendanceScreen)
        self.session_info.setObjectName(u"session_info")
        self.session_info.setWordWrap(True)

        self.header_text.addWidget(self.session_info)


        self.header.addLayout(self.header_text)

        self.count_box = QFrame(AttendanceScreen)
        self.count_box.setObjectName(u"count_box")
        self.count_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.count_column = QVBoxLayout(self.count_box)
        self.count_column.setSpacing(0)
        self.count_column.setObjectName(u"count_column")
        self.count_column.setContentsMargins(18, 4, 18, 4)
        self.count = QLabel(self.count_box)
        self.count.setObjectName(u"count")
        font1 = QFont()
        font1.setPointSize(34)
        font1.setBold(True)
        self.count.setFont(font1)
        self.count.setText(u"0 / 0")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.count_column.addWidget(self.count)

        self.count_caption = QLabel(self.count_box)
        self.count_caption.setObjectName(u"count_caption")
        self.count_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.count_column.addWidget(self.count_caption)


        self.header.addWidget(self.count_box)

        self.header.setStretch(0, 1)

        self.layout.addLayout(self.header, 0, 0, 1, 1)

        self.splitter = QSplitter(AttendanceScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.search_side = QWidget(self.splitter)
        self.search_side.setObjectName(u"search_side")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.search_side.sizePolicy().hasHeightForWidth())
        self.search_side.setSizePolicy(sizePolicy)
        self.search_column = QVBoxLayout(self.search_side)
        self.search_column.setObjectName(u"search_column")
        self.search_column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self.search_side)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(0, 42))
        font2 = QFont()
        font2.setPointSize(15)
        font2.setBold(False)
        self.search.setFont(font2)
        self.search.setClearButtonEnabled(True)

        self.search_column.addWidget(self.search)

        self.feedback = QLabel(self.search_side)
        self.feedback.setObjectName(u"feedback")
        font3 = QFont()
        font3.setPointSize(12)
        font3.setBold(True)
        self.feedback.setFont(font3)
        self.feedback.setWordWrap(True)

        self.search_column.addWidget(self.feedback)

        self.results = QTableView(self.search_side)
        self.results.setObjectName(u"results")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(28)

        self.search_column.addWidget(self.results)

        self.results_hint = QLabel(self.search_side)
        self.results_hint.setObjectName(u"results_hint")
        self.results_hint.setWordWrap(True)

        self.search_column.addWidget(self.results_hint)

        self.walk_in = QPushButton(self.search_side)
        self.walk_in.setObjectName(u"walk_in")

        self.search_column.addWidget(self.walk_in, 0, Qt.AlignmentFlag.AlignLeading)

        self.search_column.setStretch(2, 1)
        self.splitter.addWidget(self.search_side)
        self.roster_side = QWidget(self.splitter)
        self.roster_side.setObjectName(u"roster_side")
        sizePolicy.setHeightForWidth(self.roster_side.sizePolicy().hasHeightForWidth())
        self.roster_side.setSizePolicy(sizePolicy)
        self.roster_column = QVBoxLayout(self.roster_side)
        self.roster_column.setObjectName(u"roster_column")
        self.roster_column.setContentsMargins(0, 0, 0, 0)
        self.roster_top = QHBoxLayout()
        self.roster_top.setObjectName(u"roster_top")
        self.roster_title = QLabel(self.roster_side)
        self.roster_title.setObjectName(u"roster_title")
        self.roster_title.setFont(font3)

        self.roster_top.addWidget(self.roster_title)

        self.roster_top_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roster_top.addItem(self.roster_top_space)

        self.roster_mode_label = QLabel(self.roster_side)
        self.roster_mode_label.setObjectName(u"roster_mode_label")

        self.roster_top.addWidget(self.roster_mode_label)

        self.roster_mode = RosterModeBox(self.roster_side)
        self.roster_mode.setObjectName(u"roster_mode")

        self.roster_top.addWidget(self.roster_mode)

        self.roster_top.setStretch(1, 1)

        self.roster_column.addLayout(self.roster_top)

        self.roster = QTableView(self.roster_side)
        self.roster.setObjectName(u"roster")
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.setAlternatingRowColors(True)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster.horizontalHeader().setStretchLastSection(True)
        self.roster.verticalHeader().setVisible(False)
        self.roster.verticalHeader().setDefaultSectionSize(28)

        self.roster_column.addWidget(self.roster)

        self.roster_buttons = QHBoxLayout()
        self.roster_buttons.setObjectName(u"roster_buttons")
        self.undo = QPushButton(self.roster_side)
        self.undo.setObjectName(u"undo")

        self.roster_buttons.addWidget(self.undo)

        self.partial = QPushButton(self.roster_side)
        self.partial.setObjectName(u"partial")

        self.roster_buttons.addWidget(self.partial)

        self.roster_buttons_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roster_buttons.addItem(self.roster_buttons_space)

        self.print_sheet = QPushButton(self.roster_side)
        self.print_sheet.setObjectName(u"print_sheet")

        self.roster_buttons.addWidget(self.print_sheet)

        self.roster_buttons.setStretch(2, 1)

        self.roster_column.addLayout(self.roster_buttons)

        self.roster_column.setStretch(1, 1)
        self.splitter.addWidget(self.roster_side)

        self.layout.addWidget(self.splitter, 1, 0, 1, 1)

        self.layout.setRowStretch(1, 1)
        QWidget.setTabOrder(self.session_picker, self.search)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.walk_in)
        QWidget.setTabOrder(self.walk_in, self.roster_mode)
        QWidget.setTabOrder(self.roster_mode, self.roster)
        QWidget.setTabOrder(self.roster, self.undo)
        QWidget.setTabOrder(self.undo, self.partial)
        QWidget.setTabOrder(self.partial, self.print_sheet)

        self.retranslateUi(AttendanceScreen)
    # setupUi

    def retranslateUi(self, AttendanceScreen):
        self.picker_label.setText(QCoreApplication.translate("AttendanceScreen", u"S\u00e9ance :", None))
        self.count_caption.setText(QCoreApplication.translate("AttendanceScreen", u"pr\u00e9sents / attendus", None))
        self.search.setPlaceholderText(QCoreApplication.translate("AttendanceScreen", u"Nom, \u0627\u0644\u0627\u0633\u0645, CIN ou t\u00e9l\u00e9phone \u2014 puis Entr\u00e9e", None))
        self.walk_in.setText(QCoreApplication.translate("AttendanceScreen", u"Nouveau participant (Ctrl+N)", None))
        self.roster_title.setText(QCoreApplication.translate("AttendanceScreen", u"Liste de la s\u00e9ance", None))
        self.roster_mode_label.setText(QCoreApplication.translate("AttendanceScreen", u"Afficher :", None))
        self.undo.setText(QCoreApplication.translate("AttendanceScreen", u"Annuler le dernier pointage (Ctrl+Z)", None))
        self.partial.setText(QCoreApplication.translate("AttendanceScreen", u"Pr\u00e9sence partielle\u2026", None))
        self.print_sheet.setText(QCoreApplication.translate("AttendanceScreen", u"Imprimer la feuille de pr\u00e9sence (Ctrl+P)", None))
        pass
    # retranslateUi

