using ConfBot.Bot.Checklist;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Commands;

/// <summary><c>actions [open|mine|done] [QUERY]</c>: the checklist of action points, with buttons to take or finish one.</summary>
internal sealed class ActionsCommand(ActionPointListing listing) : IBotCommand
{
    /// <summary>What selects this command, for prompts that list action points.</summary>
    public const string Name = "actions";

    public CommandUsage Usage { get; } = new(Name, "actions [open|mine|done] [QUERY]",
        "action points people took home, who is on them, with buttons to take or finish one", "actions open monitoring");

    public bool Fits(string rest) => CommandArguments.Any(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        listing.ListAsync(request.Argument, context.UserId, cancellationToken);
}
