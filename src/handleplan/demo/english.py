"""The demo plan in English: Mette Hansen, afdelingsleder in the home care."""

from __future__ import annotations

from handleplan.demo.sketch import MODUL1, OPSTART, TRIO1, Cycle, Initiative, Plan, Reflection, Role
from handleplan.models import Decision, InitiativeStatus, Level, Phase


def plan() -> Plan:
    L = Level  # noqa: N806
    return Plan(
        name="Mette Hansen",
        organisation="Home Care North, Aarhus Municipality",
        unit="Team West – day and evening shifts, 34 health care workers",
        focus=(
            "How do I create more psychological safety and predictability in a working day with heavy time "
            "pressure, last-minute changes to the rota and a lot of sick leave – so that my staff speak up "
            "before they overheat, and not only once they are off sick?"
        ),
        course_title="The leader's role in the psychosocial work environment",
        amr=("Jonas Kristensen", "Safety rep (AMR)"),
        tr=("Susanne Holm", "Union rep (TR)"),
        module_place="The course centre, Aarhus C",
        trio_place="Meeting room, Vestergade",
        trio_notes=(
            "We went through the five initiatives. The star moments now run by themselves – the team keeps "
            "them going even when I am not there. The buffer in the rota works on routes 1 and 2 but was "
            "used up on route 3 when we were short of a temp; we agreed the buffer must be "
            "protected.\n\nThe safety rep suggested we take the stress staircase to the joint consultation committee. "
            "The union rep pointed out that the evening shift feels less heard than the day shift – they are "
            "hardly ever at the team meetings. We must take that seriously when we write ground rules for "
            "the shift handover."
        ),
        trio_bring=(
            "How do you protect time in the rota when you are short of hands?\n"
            "How do we involve the evening shift when we only meet at the handover?\n"
            "Other people's experience with the stress staircase in a busy service."
        ),
        trio_agreement="Book the next TRIO meeting, two weeks after Module 2",
        modul2_points=(
            "How do I build psychological safety in a shift I only see for ten minutes at the handover?\n"
            "Sparring on protecting the buffer in the rota when we are short-staffed.\n"
            "How am I a role model when I am under pressure myself? I can feel that I am running too fast."
        ),
        initiatives=[
            Initiative(
                key="trappen",
                title="The stress staircase as a fixed item at team meetings",
                goal=(
                    "That we talk about strain before anyone overheats – and that it becomes quite ordinary "
                    "to say: “I'm on my way up the staircase.”"
                ),
                why=(
                    "We have had three long-term sick leaves with stress in the past year. I notice too "
                    "late, and several say they do not want to be “the ones who complain”."
                ),
                tags=["workload", "emotional_demands", "social_stotte", "inkludere"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.DO,
                        fields={
                            "target": "At least 12 of 16 have placed their magnet before Christmas.",
                            "objective": "Use the stress staircase as a dialogue tool at the next four team "
                            "meetings (every other week), 15 minutes each time.",
                            "measure": "How many say themselves where they are on the staircase, and how "
                            "many come to me about strain between meetings.",
                            "data_plan": "I take notes after each meeting without names. The safety rep writes down "
                            "his impressions and we compare at the TRIO meeting.",
                            "method": "The “Stress staircase” script from the course: framing, everyone puts "
                            "a magnet on the staircase anonymously, a shared talk about what moves "
                            "us to the left, and 2–3 proposals for the coming weeks.",
                            "helpers": "The safety rep facilitates with me. The union rep collects "
                            "the proposals and puts them up by the board.",
                            "as_planned": True,
                            "unplanned": "At the second meeting two people wanted to talk about a violent "
                            "episode at a client's home. We took the time and used 25 minutes "
                            "instead of 15 – it was the right thing to do.",
                        },
                        questions=[
                            (
                                "Will staff say out loud where they are on the staircase?",
                                "Only a few the first times; more once they see it has no consequences.",
                                "",
                            ),
                            (
                                "Will more people come to me about strain between meetings?",
                                "Yes, two or three more a month.",
                                "",
                            ),
                        ],
                        tasks=[
                            (
                                "Draw the staircase on the board and buy magnets",
                                "Mette",
                                "Before the first meeting",
                                "Staff room",
                                True,
                            ),
                            (
                                "First dialogue at the team meeting",
                                "Mette and the safety rep",
                                "Team meeting, week 1",
                                "Meeting room",
                                True,
                            ),
                            (
                                "Second dialogue – follow-up on the proposals",
                                "Mette and the safety rep",
                                "Team meeting, week 3",
                                "Meeting room",
                                True,
                            ),
                            (
                                "Third dialogue – for the evening shift too",
                                "Mette and the union rep",
                                "Next team meeting",
                                "Meeting room, 2.30 pm at the handover",
                                False,
                            ),
                        ],
                        dialogue=(
                            "stresstrappen",
                            {
                                "more_of": "Talking openly about workload at the team meeting, and asking "
                                "when a colleague seems under pressure.",
                                "less_of": "Saying yes to extra runs without talking about what then has "
                                "to wait.",
                                "start_doing": "A fixed buffer in the route list on Fridays and a buddy "
                                "scheme for new colleagues.",
                                "next_individ": "Each of us says so at the team meeting when we are moving "
                                "up the staircase.",
                                "next_gruppe": "The team sets up the buddy scheme and tries it for a month.",
                                "next_leder": "I put the buffer into the route list and follow up one to "
                                "one within a week when someone is overheated.",
                                "next_organisation": "The safety rep takes the staircase to the works "
                                "council.",
                            },
                        ),
                        observations=[
                            (
                                -26,
                                "First time: 11 of 16 placed their magnet. Most on “warming up”. A quiet "
                                "mood, but an employee said: “Good that we are finally talking about it.”",
                            ),
                            (
                                -12,
                                "Second time: 14 of 15 took part, two placed themselves on “overheated”. "
                                "Proposals from the group: fixed slack in the rota on Fridays and a buddy "
                                "scheme for new staff.",
                            ),
                            (
                                -5,
                                "Two staff members came by my office afterwards to talk about their "
                                "workload. That is new – it has not happened before.",
                            ),
                        ],
                    )
                ],
                roles=[
                    Role(L.INDIVID, "Speak up when I notice I am moving right on the staircase", "All staff"),
                    Role(
                        L.GRUPPE,
                        "Look out for each other and tell a colleague if you are worried",
                        "Team West",
                    ),
                    Role(
                        L.LEDER,
                        "Follow up with a 1:1 within a week when someone is on “overheated”",
                        "Mette",
                        due=3,
                    ),
                    Role(
                        L.ORGANISATION,
                        "Take the stress staircase to the joint consultation committee as a "
                        "possible shared practice",
                        member="amr",
                        due=20,
                        agreed_at_trio=True,
                    ),
                ],
            ),
            Initiative(
                key="guldkorn",
                title="1:1 conversations about the six gold nuggets",
                goal="To know what gives meaning and energy to each person – and what drains them.",
                why=(
                    "The well-being survey showed low scores on influence and recognition. My appraisal "
                    "interviews are once a year and mostly about courses."
                ),
                tags=["indflydelse", "anerkendelse", "mening", "krav"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.STUDY,
                        fields={
                            "target": "Six conversations held before Module 2.",
                            "objective": "Hold a short conversation (20 minutes) with six staff members "
                            "based on the six gold nuggets before Module 2.",
                            "measure": "How many gold nuggets each person feels are present (0–6), and one "
                            "thing we agree to strengthen.",
                            "data_plan": "I write down the number and the agreement right after each "
                            "conversation.",
                            "method": "The gold nugget cards from the course. Each person picks 1–2 nuggets "
                            "that matter most right now beforehand.",
                            "helpers": "The union rep helped me choose whom to start with, so it is "
                            "not the people I always talk to.",
                            "as_planned": False,
                            "unplanned": "I only managed four of six conversations. Two were cancelled "
                            "because of sickness in the team, and one turned into a talk about "
                            "a conflict on the evening shift.",
                            "learning": "I overestimated how much influence on the rota matters and "
                            "underestimated everyday recognition. Short conversations work – but "
                            "they must be fixed in the calendar, or daily operations push them "
                            "aside.",
                            "comparison": "On average 3.5 gold nuggets present (from 2 to 5). The spring "
                            "well-being survey gave 58 on recognition against 71 for the municipality as a "
                            "whole.",
                        },
                        questions=[
                            (
                                "Which gold nuggets are missing most?",
                                "Influence – especially on the rota.",
                                "Predictability and recognition. What drains people is last-minute changes – "
                                "less the rota itself.",
                            ),
                            (
                                "Do staff find the conversation meaningful?",
                                "Yes, most do, but a couple will think it is “yet another meeting”.",
                                "All four said it was nice to be asked. One said: “It's the first time "
                                "anyone has asked what gives me energy.”",
                            ),
                        ],
                        tasks=[
                            (
                                "Send a short invitation with the six gold nuggets",
                                "Mette",
                                "Week 1",
                                "E-mail and the board",
                                True,
                            ),
                            (
                                "Four conversations with the day shift",
                                "Mette",
                                "Weeks 2–3",
                                "My office",
                                True,
                            ),
                            (
                                "Two conversations with the evening shift",
                                "Mette",
                                "Before Module 2",
                                "My office at 3 pm",
                                False,
                            ),
                        ],
                        observations=[
                            (
                                -20,
                                "Conversations 1 and 2: both chose recognition. A concrete wish: to hear it "
                                "when a difficult visit went well – not only when something goes wrong.",
                            ),
                            (
                                -16,
                                "Conversation 4 was mostly about the conflict on the evening shift. Agreed "
                                "that I talk to both parties separately.",
                            ),
                        ],
                    )
                ],
                roles=[
                    Role(
                        L.INDIVID,
                        "Prepare the 1–2 gold nuggets that matter most before the conversation",
                        "Each staff member",
                        done=True,
                    ),
                    Role(L.LEDER, "Book the last two conversations with the evening shift", "Mette", due=-2),
                ],
            ),
            Initiative(
                key="koereliste",
                title="Slack in the rota",
                goal="Less time pressure on the routes, so there is time to talk with clients and take a "
                "break.",
                why=(
                    "The rotas are planned without any buffer. When one client needs more time, the rest of "
                    "the day suffers and the break disappears."
                ),
                tags=["workload", "krav", "forudsigelighed"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.ACT,
                        fields={
                            "target": "The break kept on at least 4 of 5 days on all three routes in week 48.",
                            "objective": "Try a ten-minute buffer before lunch on three of our routes for "
                            "three weeks.",
                            "measure": "Number of days the break was taken, and overtime hours on the three "
                            "routes.",
                            "data_plan": "The planner pulls the overtime figures. Staff tick a sheet in the "
                            "car when the break was taken.",
                            "method": "Agreement with the planner to add the buffer; walk-through "
                            "at the morning meeting.",
                            "helpers": "The planner and the safety rep.",
                            "as_planned": True,
                            "unplanned": "On route 3 the buffer was used for an extra client when we were "
                            "short of a temp.",
                            "learning": "The buffer works when it is protected. When it is the first thing "
                            "we take when short-staffed, the effect disappears.",
                            "comparison": "Overtime on routes 1 and 2: 11 hours in the three weeks before, 6 "
                            "hours in the three weeks with a buffer. Break taken 13 of 15 days against about "
                            "half before.",
                            "decision": Decision.ADAPT,
                            "decision_reason": "It works on two routes, but the buffer must be protected: it "
                            "may not be used for extra visits without asking me or the "
                            "shift lead.",
                            "next_step": "Extend the buffer to all six routes with a clear rule: the buffer "
                            "is “red” and can only be released by me or the shift lead.",
                        },
                        questions=[
                            (
                                "Is the break taken more often?",
                                "Yes, on at least four out of five days.",
                                "Yes on routes 1 and 2 (13 of 15 days). No on route 3, where the buffer went "
                                "to extra visits.",
                            ),
                            (
                                "Does overtime fall?",
                                "Yes, by about a third.",
                                "From 11 to 6 hours on routes 1 and 2. Route 3 unchanged.",
                            ),
                        ],
                        tasks=[
                            ("Agree the buffer with planning", "Mette", "Week 1", "Planning office", True),
                            ("Tick sheets for the cars", "The safety rep", "Week 1", "The cars", True),
                            ("Count-up after three weeks", "The planner and Mette", "Week 4", "Office", True),
                        ],
                        observations=[
                            (
                                -30,
                                "First week: break taken every day on routes 1 and 2. Several mentioned it "
                                "at the morning meeting without being asked.",
                            ),
                            (
                                -23,
                                "Route 3: buffer used three days running for an extra client. Nobody told me "
                                "until Friday.",
                            ),
                        ],
                    ),
                    Cycle(
                        phase=Phase.ACT,
                        fields={
                            "target": "The break kept on at least 4 of 5 days on all six routes for two weeks.",
                            "measure": "Break taken (tick in the car) and overtime on all six routes; how "
                            "often the buffer was released, and by whom.",
                            "data_plan": "The same sheet in the cars. The shift lead notes each time the "
                            "buffer is released.",
                            "method": 'The rule of the "red" buffer gone through at the morning meeting '
                            "and put up in the cars.",
                            "helpers": "The shift lead and our planner.",
                            "as_planned": False,
                            "unplanned": "The weekend team did not know the rule: on two Saturdays the buffer "
                            "was used without anyone asking.",
                            "learning": "The rule holds on weekdays. It has to reach the weekend team and the "
                            "introduction of new temps.",
                            "comparison": "The break kept on 13 of 15 days against 12 the week before. The "
                            "buffer was released four times, all by the shift lead.",
                            "decision": Decision.ADAPT,
                            "decision_reason": "It works on weekdays; the weekend is missing.",
                            "next_step": "The rule out to the weekend team and into the introduction of new "
                            "temps.",
                        },
                        observations=[
                            (
                                -11,
                                "Monday: the buffer released once, by the shift lead, for a client who had "
                                "fallen. That is how it should be.",
                            ),
                            (
                                -8,
                                "Saturday: the buffer used on route 5 without asking. The weekend team had "
                                "not heard of the rule.",
                            ),
                        ],
                    ),
                    Cycle(
                        phase=Phase.PLAN,
                        fields={
                            "target": "The break kept on at least 4 of 5 days on all routes, weekends too, by "
                            "Module 2.",
                            "measure": "Break taken (tick in the car), weekdays and weekends apart.",
                        },
                    ),
                ],
                roles=[
                    Role(L.GRUPPE, "Say at the morning meeting if the buffer was used", "Team West"),
                    Role(
                        L.LEDER,
                        "Agree with the shift lead who may release the buffer",
                        "Mette",
                        due=-7,
                        done=True,
                        agreed_at_trio=True,
                    ),
                    Role(L.ORGANISATION, "Add a buffer to all six routes", "The planner", due=10),
                ],
            ),
            Initiative(
                key="vagtskifte",
                title="Ground rules for a good shift handover",
                goal=(
                    "A short, calm overlap between day and evening shift, where everyone knows what needs "
                    "saying – and where there is room to say: “This didn't go so well today.”"
                ),
                why=(
                    "The handover is hectic and unpredictable. The evening shift often lacks important "
                    "information, and several have said they do not like mentioning mistakes in front of the "
                    "whole group."
                ),
                tags=["unclear_demands", "forudsigelighed", "bidrage"],
                status=InitiativeStatus.IDEA,
                cycles=[
                    Cycle(
                        phase=Phase.PLAN,
                        fields={
                            "objective": "Try three shared ground rules for the overlap for two weeks.",
                            "measure": "A short question on the board after each overlap: “Did you get what "
                            "you needed?” (yes/no). The aim is 8 out of 10 yes.",
                        },
                        questions=[
                            (
                                "Does the evening shift feel they get the information they need?",
                                "Yes, if we use a fixed order: clients with changes first.",
                                "",
                            ),
                            (
                                "Do more people dare mention a mistake or a near miss at the overlap?",
                                "Not in the first weeks. It takes me going first and telling about my own "
                                "mistakes.",
                                "",
                            ),
                        ],
                        tasks=[
                            (
                                "Draft three ground rules",
                                "Mette and the union rep",
                                "Before the staff meeting",
                                "Office",
                                False,
                            ),
                            (
                                "Discuss and adjust the draft with both day and evening shift",
                                "All of Team West",
                                "Staff meeting",
                                "Meeting room",
                                False,
                            ),
                        ],
                    )
                ],
                roles=[
                    Role(
                        L.GRUPPE,
                        "Collect the evening shift's wishes for the overlap",
                        member="tr",
                        due=4,
                        agreed_at_trio=True,
                    ),
                    Role(L.LEDER, "Put the ground rules on the staff meeting agenda", "Mette", due=6),
                ],
            ),
            Initiative(
                key="stjernestunder",
                title="Star moments at the morning meeting",
                goal="More everyday recognition and more learning from what works.",
                why=(
                    "The morning meeting was only about sick leave, temps and problems. Several said they "
                    "left with a knot in their stomach."
                ),
                tags=["anerkendelse", "laere", "mening"],
                status=InitiativeStatus.DONE,
                cycles=[
                    Cycle(
                        phase=Phase.ACT,
                        fields={
                            "objective": "In the first five minutes of the morning meeting, one person tells "
                            "about a star moment from the day before.",
                            "measure": "Whether we manage it every day, and what staff say about the mood "
                            "after three weeks.",
                            "data_plan": "A tick in the calendar on the board; a short round at the team "
                            "meeting after three weeks.",
                            "method": "Star moments from the course's sparring formats. I told the first "
                            "three days myself.",
                            "helpers": "The union rep took over when I was not there.",
                            "as_planned": True,
                            "unplanned": "It was hard to get new staff to join in, so we let them tell in "
                            "pairs instead.",
                            "learning": "Small fixed rituals work, and the team takes ownership when I step "
                            "back.",
                            "comparison": "17 of 19 morning meetings with a star moment. Before: no fixed "
                            "recognition at the morning meeting.",
                            "decision": Decision.ADOPT,
                            "decision_reason": "Star moments have become a fixed part of the morning "
                            "meeting, and the team wants to keep them going.",
                            "next_step": "Continues as a fixed item. The union rep and the safety rep present "
                            "it to the joint consultation committee so other teams can be inspired.",
                        },
                        questions=[
                            (
                                "Can we keep it up every day?",
                                "Yes, if it takes five minutes at most.",
                                "Yes, 17 of 19 morning meetings.",
                            ),
                            (
                                "Does the mood change?",
                                "A little.",
                                "More than I thought. “You leave with a smile” has been said several times, "
                                "and we hear how others handle difficult visits.",
                            ),
                        ],
                        tasks=[
                            (
                                "Present the idea at the morning meeting",
                                "Mette",
                                "Monday after Module 1",
                                "Morning meeting",
                                True,
                            ),
                            (
                                "Round on the mood after three weeks",
                                "Mette and the union rep",
                                "Team meeting",
                                "Meeting room",
                                True,
                            ),
                        ],
                        observations=[
                            (
                                -31,
                                "First star moment: an employee told about a client who wanted a shower for the "
                                "first time in months. People clapped.",
                            ),
                            (-21, "Now people volunteer. I have not told one myself for the last week."),
                        ],
                    )
                ],
                roles=[
                    Role(L.GRUPPE, "One person tells a star moment every morning", "Team West", done=True),
                    Role(
                        L.ORGANISATION,
                        "Present the star moments to the joint consultation committee",
                        member="tr",
                        due=20,
                    ),
                ],
            ),
            Initiative(
                key="stoette",
                title="Support for an employee who is not thriving",
                private=True,
                goal=(
                    "That Lise gets a plan she has helped make herself, and that she is not signed off sick "
                    "with stress."
                ),
                why=(
                    "Lise has put her magnet on “overheated” twice and has been off sick three Mondays in a "
                    "row. She worries about her mother and sleeps badly."
                ),
                tags=["workload", "emotional_demands", "social_stotte"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.DO,
                        fields={
                            "objective": "Three short follow-up conversations with Lise over four weeks, and "
                            "fewer heavy clients on her routes for a while.",
                            "measure": "Whether Lise herself says it is getting better, and her absence over "
                            "the next four weeks.",
                            "method": "Ask openly, listen and agree something concrete. Tell her about the "
                            "municipality's psychological counselling.",
                            "helpers": "The shift lead hands out the heavy clients. Susanne sits in if Lise "
                            "wants her to.",
                            "as_planned": True,
                        },
                        questions=[
                            (
                                "Do fewer heavy clients give Lise more energy?",
                                "Yes, she can face colleagues at breaks again.",
                                "",
                            ),
                        ],
                        tasks=[
                            ("First conversation with Lise", "Mette", "Thursday", "My office", True),
                            (
                                "Agree fewer heavy clients for Lise with the shift lead",
                                "Mette",
                                "Before next week",
                                "Office",
                                False,
                            ),
                        ],
                        observations=[
                            (
                                -6,
                                "First conversation with Lise: she was relieved to be asked. We agreed "
                                "fewer heavy clients for three weeks.",
                            ),
                            (-2, "Lise was at work on Monday and said she had slept better."),
                        ],
                    )
                ],
                roles=[
                    Role(L.INDIVID, "Lise speaks up if it gets too much again", "Lise"),
                    Role(L.LEDER, "Follow up with Lise every other week", "Mette", due=5),
                    Role(
                        L.GRUPPE,
                        "Susanne sits in on the conversations with Lise if she wants her to",
                        member="tr",
                        due=8,
                        agreed_at_trio=True,
                    ),
                ],
            ),
        ],
        reflections=[
            Reflection(
                milestone="opstart",
                title="After the kick-off workshop",
                written_on=OPSTART,
                answers=[
                    "Psychological safety in a working day with heavy time pressure. I want to get better at "
                    "noticing when someone is running on empty – before they go off sick.",
                    "A shared language for well-being and strain, so it is not only me who keeps an eye on "
                    "it. And that the three of us actually meet between the modules.",
                    "The safety rep and the union rep can expect me to listen and follow up – also when it is "
                    "uncomfortable. I expect them to tell me straight when they hear something in the "
                    "corridor that I do not.",
                    "That the psychosocial work environment is not an extra project but tied directly to our "
                    "core task: good visits to our clients.",
                    "Book the first TRIO meeting and tell the team what we are doing, so it does not seem "
                    "secret.",
                ],
            ),
            Reflection(
                milestone="modul1",
                title="After Module 1",
                written_on=MODUL1,
                answers=[
                    "The link between the six gold nuggets and the core task – and that as a leader I must "
                    "see both resources and strains, not only the problems.",
                    "I am responsible for the framework, but I have thought of the work environment too much "
                    "as something the safety rep handles. I set the tone – also when I am running fast "
                    "myself.",
                    "Honestly: no. I know about those who speak up. I know very little about the quiet ones "
                    "on the evening shift. I will use the stress staircase at team meetings and ask more "
                    "directly in 1:1s.",
                    "Predictability (last-minute changes to the rota) and recognition. We are good at social "
                    "support among colleagues but bad at saying it out loud when something works.",
                    "Saying it out loud when something works – that is what we are worst at, and it costs nothing.",
                    "Fewer mistakes hidden away, and new staff who dare to ask before they drive out on their own.",
                    "At the morning meeting, where everyone is used to saying what happened – also when it went wrong.",
                    "When we are busy, and when the evening and day shifts hand over to each other.",
                    "Setting the stage: we have never said out loud what we expect of each other at the shift change.",
                    "We have no written ground rules. The shift change needs some, made by both shifts together.",
                    "The point that leaders rate psychological safety about 20 % higher than their staff do. "
                    "That probably goes for me too.",
                    "Start star moments at the morning meeting, try the stress staircase at the team "
                    "meeting, and talk to the planner about slack in the rota.",
                ],
                text="Good to be there with the whole TRIO. We talked all the way home on the train.",
                initiatives=["trappen", "guldkorn", "koereliste", "stjernestunder"],
            ),
            Reflection(
                milestone="trio1",
                title="After the TRIO meeting",
                written_on=TRIO1,
                answers=[
                    "That the buffer in the rota must be protected, that the stress staircase continues at "
                    "team meetings, and that we write ground rules for the handover with both day and "
                    "evening shift.",
                    "Individual: everyone speaks up when they move right on the staircase. Group: Team West "
                    "says at the morning meeting when the buffer was used. Leader: I follow up 1:1 within a "
                    "week and agree with the shift lead who may release the buffer. Organisation: the "
                    "safety rep takes the stress staircase to the committee, and the planner adds a buffer to "
                    "all routes.",
                    "Yes, but the union rep would like a clearer role towards the evening shift, and the safety "
                    "rep asked that we keep the meetings going even when it is busy. I promised that.",
                    "The star moments have become a habit. The buffer works when it is not used up. It takes "
                    "time before people dare say out loud where they are on the staircase – but it has "
                    "started.",
                    "How we involve the evening shift, and how to protect time in a service under pressure.",
                ],
                initiatives=["trappen", "koereliste", "vagtskifte", "stjernestunder"],
            ),
            Reflection(
                milestone=None,
                title="Worried about an employee",
                written_on=-9,
                private=True,
                answers=[
                    "Lise from the evening shift. She has put her magnet on “overheated” twice and has been "
                    "off sick three Mondays in a row. She told me she sleeps badly and worries about her "
                    "mother, who is developing dementia.",
                    "She has grown quieter at the handover and keeps away from colleagues at breaks. I do "
                    "not think she will speak up herself.",
                ],
                text=(
                    "I have offered her a conversation on Thursday. Remember: ask openly, listen, and agree "
                    "something concrete – perhaps fewer heavy clients for a while. Tell her about the "
                    "municipality's psychological counselling. Not to be mentioned at the team meeting or in "
                    "the TRIO without her consent."
                ),
                initiatives=["trappen", "stoette"],
            ),
        ],
    )
