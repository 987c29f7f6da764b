import type { StarterItem } from "./exercise.js";

// Backlogs the practice projects start with. Keel's own sample content: a greenfield product (online
// appointment booking for a clinic) small enough to plan a first sprint from.

/** A product backlog of twelve estimated stories, each with acceptance criteria, in priority order. */
export const SPRINT_BACKLOG: readonly StarterItem[] = [
  {
    ref: "see-slots",
    name: "As a patient, I see the free appointment slots of the next two weeks",
    type: "story",
    points: 5,
    acceptance: [
      "Slots show by day, in the clinic's time zone, for the next 14 days",
      "Booked and past slots are not shown",
      "The list loads in under 2 seconds with 500 slots",
    ],
  },
  {
    ref: "book-slot",
    name: "As a patient, I book a free slot with my name and phone number",
    type: "story",
    points: 5,
    acceptance: [
      "Booking a free slot confirms it on screen with its date and time",
      "Two patients booking the same slot at once: one succeeds, the other is told the slot is gone",
      "Name and phone number are required; a phone number that is not one is refused beside the field",
    ],
  },
  {
    ref: "confirm-sms",
    name: "As a patient, I get a text message confirming my booking",
    type: "story",
    points: 3,
    acceptance: [
      "The text arrives within a minute of booking, with the date, time and clinic address",
      "A failed send is retried three times and then shown to the front desk",
    ],
  },
  {
    ref: "cancel",
    name: "As a patient, I cancel my booking from the link in the text",
    type: "story",
    points: 3,
    acceptance: [
      "The link cancels only that booking, and the slot is free again at once",
      "A cancellation less than 24 hours ahead asks the patient to call instead",
    ],
  },
  {
    ref: "desk-day",
    name: "As front desk staff, I see the day's bookings in one list",
    type: "story",
    points: 3,
    acceptance: [
      "Today's bookings are listed by time with the patient's name and phone number",
      "A booking made online appears in the list within 10 seconds",
    ],
  },
  {
    ref: "desk-block",
    name: "As front desk staff, I block slots when a doctor is away",
    type: "story",
    points: 2,
    acceptance: [
      "A blocked slot cannot be booked online",
      "Blocking a slot that is booked already is refused, naming the patient to call",
    ],
  },
  {
    ref: "reminder",
    name: "As a patient, I get a reminder the day before my appointment",
    type: "story",
    points: 3,
    acceptance: [
      "The reminder is sent at 10:00 the day before, in the clinic's time zone",
      "No reminder is sent for a cancelled booking",
    ],
  },
  {
    ref: "reschedule",
    name: "As a patient, I move my booking to another free slot",
    type: "story",
    points: 5,
    acceptance: [
      "The new slot is booked and the old one freed in one step, or neither",
      "The patient gets a new confirmation text with the new time",
    ],
  },
  {
    ref: "accessibility",
    name: "As a patient using a screen reader, I can book without help",
    type: "story",
    points: 3,
    acceptance: [
      "Booking works with the keyboard alone",
      "The booking pages have no serious or critical axe-core violations",
    ],
  },
  {
    ref: "no-show",
    name: "As the practice manager, I see last month's no-shows by weekday",
    type: "story",
    points: 2,
    acceptance: [
      "No-shows are counted per weekday for the last calendar month",
      "The figures can be downloaded as CSV",
    ],
  },
  {
    ref: "consent",
    name: "As a patient, I agree to the privacy notice before I book",
    type: "story",
    points: 1,
    acceptance: [
      "Booking is not possible until the notice is accepted",
      "The version of the notice accepted is stored with the booking",
    ],
  },
  {
    ref: "calendar-file",
    name: "As a patient, I add my appointment to my phone's calendar",
    type: "story",
    points: 2,
    acceptance: [
      "The confirmation page offers an .ics file with the date, time and address",
      "The file opens in the calendars of current iOS and Android phones",
    ],
  },
];

/** A feature to specify: its epic and one requirement written out as an example of the shape. */
export const REQUIREMENTS_BACKLOG: readonly StarterItem[] = [
  {
    ref: "export",
    name: "Invoice export to CSV for the finance team",
    type: "epic",
    description:
      "Finance reconciles invoices by hand from screenshots every month end. Problem, users and success measure still to write.",
  },
  {
    ref: "export-range",
    name: "Export the invoices of a date range as one CSV file",
    type: "story",
    epic: "export",
    points: 3,
    acceptance: [
      "Given invoices issued from 1 to 31 March, when finance exports that range, then the file holds those invoices and no others",
      "Amounts are written with a dot as decimal separator and the currency in its own column",
      "An export of more than 50,000 invoices is refused with a message to choose a shorter range",
    ],
  },
];
