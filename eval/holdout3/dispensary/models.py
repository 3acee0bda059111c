"""Prescriptions received from GP surgeries and dispensed by the pharmacy."""

from __future__ import annotations

import uuid

from django.db import models


class Surgery(models.Model):
    ods_code = models.CharField(max_length=8, unique=True)
    name = models.CharField(max_length=160)
    phone = models.CharField(max_length=20)
    nhs_mail = models.EmailField()
    postcode = models.CharField(max_length=10)


class Prescriber(models.Model):
    surgery = models.ForeignKey(Surgery, on_delete=models.PROTECT)
    full_name = models.CharField(max_length=120)
    professional_reg_no = models.CharField(max_length=12)
    profession = models.CharField(max_length=30, default="GP")


class Patient(models.Model):
    nhs_number = models.CharField(max_length=10, unique=True)
    given_name = models.CharField(max_length=80)
    family_name = models.CharField(max_length=80)
    birth_date = models.DateField()
    sex = models.CharField(max_length=1, choices=[("F", "F"), ("M", "M"), ("U", "U")])
    house = models.CharField(max_length=80)
    street = models.CharField(max_length=120)
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20, blank=True)
    nominated_surgery = models.ForeignKey(Surgery, null=True, on_delete=models.SET_NULL)
    is_pregnant = models.BooleanField(default=False)
    known_allergies = models.TextField(blank=True)
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    sms_reminders = models.BooleanField(default=True)
    home_delivery = models.BooleanField(default=False)


class Drug(models.Model):
    dmd_code = models.CharField(max_length=18, unique=True)
    name = models.CharField(max_length=200)
    form = models.CharField(max_length=40)
    strength = models.CharField(max_length=40)
    pack_size = models.PositiveIntegerField()
    controlled_schedule = models.PositiveSmallIntegerField(null=True, blank=True)
    fridge = models.BooleanField(default=False)
    list_price = models.DecimalField(max_digits=8, decimal_places=2)
    stock_on_hand = models.IntegerField(default=0)
    reorder_level = models.IntegerField(default=10)


class Prescription(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="prescriptions")
    prescriber = models.ForeignKey(Prescriber, on_delete=models.PROTECT)
    issued = models.DateField()
    is_repeat = models.BooleanField(default=False)
    repeats_remaining = models.PositiveSmallIntegerField(default=0)
    state = models.CharField(max_length=16, default="received")
    barcode = models.CharField(max_length=20)
    received_at = models.DateTimeField(auto_now_add=True)


class PrescriptionItem(models.Model):
    prescription = models.ForeignKey(Prescription, on_delete=models.CASCADE, related_name="items")
    drug = models.ForeignKey(Drug, on_delete=models.PROTECT)
    medicine = models.CharField(max_length=200)
    dosage_instructions = models.CharField(max_length=255)
    quantity = models.PositiveIntegerField()
    dispensed_qty = models.PositiveIntegerField(default=0)
    owing = models.BooleanField(default=False)


class Intervention(models.Model):
    prescription = models.ForeignKey(Prescription, on_delete=models.CASCADE)
    pharmacist = models.ForeignKey("auth.User", on_delete=models.PROTECT)
    category = models.CharField(max_length=30)
    clinical_note = models.TextField()
    recorded_at = models.DateTimeField(auto_now_add=True)
