"""Odoo models: fields.X(...) with their labels, relational fields and model attributes."""

from __future__ import annotations

from analysis_snippets import fields, frameworks, run

ODOO = """
from odoo import api, fields, models


class HrEmployee(models.Model):
    _name = "hr.employee"
    _description = "Employee"
    _order = "name"

    name = fields.Char(string="Employee Name", required=True)
    work_email = fields.Char("Work Email")
    ssnid = fields.Char("SSN No", help="Social Security Number")
    address_home_id = fields.Many2one("res.partner", "Private Address")
    user_id = fields.Many2one(comodel_name="res.users")
    relative_ids = fields.One2many("hr.employee.relative", "employee_id")
    notes = fields.Html()

    @api.depends("name")
    def _compute_display_name(self):
        pass


class Wizard(models.TransientModel):
    _name = "hr.employee.wizard"

    employee_ids = fields.Many2many("hr.employee")
"""


def test_odoo_models_fields_labels_and_links() -> None:
    facts = run(ODOO)
    assert frameworks(facts) == {"HrEmployee": "odoo", "Wizard": "odoo"}
    by_symbol = fields(facts)
    assert not [s for s in by_symbol if s.rsplit(".", 1)[1].startswith("_")]
    assert ("verbose_name", "Employee Name") in by_symbol["app.HrEmployee.name"].metadata
    assert ("verbose_name", "Work Email") in by_symbol["app.HrEmployee.work_email"].metadata
    assert ("help_text", "Social Security Number") in by_symbol["app.HrEmployee.ssnid"].metadata
    address = by_symbol["app.HrEmployee.address_home_id"]
    assert address.related == "res.partner"
    assert ("verbose_name", "res.partner") not in address.metadata  # the comodel, not a label
    assert by_symbol["app.HrEmployee.user_id"].related == "res.users"
    assert by_symbol["app.Wizard.employee_ids"].related == "hr.employee"
    assert by_symbol["app.HrEmployee.notes"].types == ("Html",)
