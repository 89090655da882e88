"""Designer forms (STYLE rule 8: `.ui` files for large layouts) and the
modules pyside6-uic compiles from them (`make forms`, app/ui/forms_build.py;
never edited by hand, tests/test_ui_forms.py checks they match).  A screen
builds its form with `Ui_X().setupUi(self)` and keeps the behaviour: models,
signals, shortcuts."""
