using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Tests.TestSupport;

/// <summary>A reply's text as a reader sees it, one part a line, for asserting on what a reply says.</summary>
internal static class ReplyText
{
    public static string Of(BotReply reply) => string.Join('\n', reply.Parts.Select(part => part switch
    {
        ReplyHeading h => h.Text,
        ReplyParagraph p => p.Text.ToPlainText(),
        ReplyNote n => n.Text.ToPlainText(),
        ReplyButtons b => string.Join(" | ", b.Buttons.Select(button => button.Label)),
        _ => "---",
    }));
}
