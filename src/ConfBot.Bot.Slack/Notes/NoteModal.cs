using ConfBot.Bot.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Slack;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Views;

namespace ConfBot.Bot.Slack.Notes;

/// <summary>
/// The notes form as a Slack modal: one input block per field, whose block id names the field so that a field's error
/// is shown under it (<c>response_action: errors</c>), and its state in <c>private_metadata</c>. Pure.
/// </summary>
internal static class NoteModal
{
    /// <summary>The action id of every field's element; fields are told apart by block id.</summary>
    public const string ValueAction = "value";

    private const string ModalTitle = "Conference notes";

    public static string BlockId(NoteDraftField field) => field switch
    {
        NoteDraftField.ActionPoints => "note_action_points",
        _ => "note_" + field.ToString().ToLowerInvariant(),
    };

    public static ModalView Form(NoteForm form, NoteModalState state) =>
        new(form.Title, [.. form.Fields.Select(Input)])
        {
            CallbackId = SlackAppIds.NoteModal,
            PrivateMetadata = state.Encode(),
            Submit = new PlainText("Save"),
            Close = new PlainText("Cancel"),
        };

    /// <summary>Shown at once while a message and its thread are read, since the trigger that opens a modal lasts 3 seconds.</summary>
    public static ModalView Loading() =>
        new(ModalTitle, [SectionBlock.Mrkdwn("Reading the message and its thread…")]) { Close = new PlainText("Cancel") };

    /// <summary>What was typed in each field; null for one left empty.</summary>
    public static IReadOnlyDictionary<NoteDraftField, string?> Values(SubmittedView view) =>
        Enum.GetValues<NoteDraftField>().ToDictionary(field => field, field => view.ValueOf(BlockId(field), ValueAction));

    /// <summary>The errors under their fields, several for one field in one message.</summary>
    public static IReadOnlyDictionary<string, string> Errors(IReadOnlyList<NoteDraftError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => BlockId(g.Key), g => string.Join(" ", g.Select(e => e.Message)));

    private static InputBlock Input(NoteFormField field)
    {
        InputElement element = field.Input == NoteFormInput.Number
            ? new NumberInputElement(ValueAction) { InitialValue = field.InitialValue }
            : new PlainTextInputElement(ValueAction)
            {
                InitialValue = field.InitialValue,
                Multiline = field.Input == NoteFormInput.Lines ? true : null,
                MaxLength = Math.Min(field.MaxLength, NoteForm.MaxFieldLength),
            };
        return new InputBlock(field.Label, element)
        {
            BlockId = BlockId(field.Field),
            Optional = field.Optional ? true : null,
            Hint = field.Hint is { } hint ? new PlainText(hint) : null,
        };
    }
}
