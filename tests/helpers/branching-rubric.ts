// A rubric for the role features of issue 19: one question worded per role down to its levels,
// one that salespeople are not asked (`roles:`). Clean under every validate rule.
export const BRANCHING_RUBRIC = `id: coaching
title: Coaching
summary: Managers coach.
questions:
  - id: cadence
    measures: How often each salesperson is coached on a deal in progress.
    prompt:
      default: How often are salespeople coached on a live deal?
      sales manager: How often do you coach each of your salespeople on a live deal?
      salesperson: How often does your manager coach you on a live deal?
    help: Count the last quarter.
    levels:
      - score: 0
        label: Rarely
        description:
          default: Less than once a quarter.
          sales manager: I coach each of my salespeople less than once a quarter.
          salesperson: My manager coaches me less than once a quarter.
      - score: 1
        label: Quarterly
        description:
          default: About once a quarter.
          sales manager: I coach each of my salespeople about once a quarter.
          salesperson: My manager coaches me about once a quarter.
      - { score: 2, label: Monthly, description: About once a month. }
      - { score: 3, label: Weekly, description: Every week. }
    recommendations:
      - { id: book-coaching, at: [0, 1], action: Book a monthly coaching slot., horizon: 30 }
      - { id: weekly-coaching, at: 2, action: Make it weekly., horizon: 60 }
  - id: span
    measures: How many reps each manager leads.
    roles: [leadership, sales manager]
    prompt: How many salespeople does each manager lead?
    help: Count direct reports.
    levels:
      - { score: 0, label: Over twelve, description: More than twelve. }
      - { score: 1, label: Ten to twelve, description: Ten to twelve. }
      - { score: 2, label: Seven to nine, description: Seven to nine. }
      - { score: 3, label: Six or fewer, description: Six or fewer. }
    recommendations:
      - { id: cut-span, at: [0, 1], action: Cut spans to nine., horizon: 90 }
`;
