namespace ConfBot.Bot.Checklist;

/// <summary>
/// What a message with checklist buttons showed, so a click can redraw it in place with the new state. Slack does
/// not hand the message back in a form we can re-render, so each button carries this (see <see cref="ChecklistValue"/>).
/// </summary>
/// <param name="ActionPointIds">The action points listed, in order; a button names one by its index.</param>
public abstract record ChecklistMessage(IReadOnlyList<string> ActionPointIds);
