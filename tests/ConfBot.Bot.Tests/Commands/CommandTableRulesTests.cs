using ConfBot.Bot.Commands;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Tests.Commands;

public sealed class CommandTableRulesTests
{
    [Fact]
    public void The_table_needs_exactly_one_command_without_a_name_the_question()
    {
        Assert.Throws<InvalidOperationException>(() => new CommandTable([new Named("talk")]));
        Assert.Throws<InvalidOperationException>(() => new CommandTable([new Named(null), new Named(null)]));
    }

    [Fact]
    public void Two_commands_with_one_name_fail_at_start_whatever_the_case()
    {
        Assert.Throws<InvalidOperationException>(() => new CommandTable([new Named(null), new Named("talk"), new Named("TALK")]));
    }

    [Fact]
    public void Help_is_part_of_every_table_and_listed_last()
    {
        var table = new CommandTable([new Named(null), new Named("talk")]);

        Assert.Equal([null, "talk", "help"], table.All.Select(c => c.Usage.Name));
    }

    [Fact]
    public async Task A_request_for_a_command_no_longer_in_the_table_is_asked_as_a_question()
    {
        var table = new CommandTable([new Named(null), new Named("talk")]);

        var reply = await table.RunAsync(new BotRequest("gone", "vault"), new BotContext("U1", "C1", BotSurface.DirectMessage), default);

        Assert.Equal("ran (default)", reply.Summary);
    }

    private sealed class Named(string? name) : IBotCommand
    {
        public CommandUsage Usage { get; } = new(name, name ?? "QUESTION", "does a thing", name ?? "a question");

        public bool Fits(string rest) => true;

        public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
            Task.FromResult(BotReply.Say(RichText.Of($"ran {name ?? "(default)"}")));
    }
}
