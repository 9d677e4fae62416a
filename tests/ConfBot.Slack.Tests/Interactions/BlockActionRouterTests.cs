using ConfBot.Slack.Commands;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Tests.TestSupport;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace ConfBot.Slack.Tests.Interactions;

public sealed class BlockActionRouterTests : IDisposable
{
    private readonly ServiceCollection _services = new();
    private readonly RecordedLogs _logs = new();
    private readonly ISlackBuilder _slack;
    private readonly Mock<ISlackApiClient> _api = new();
    private ServiceProvider? _provider;

    public BlockActionRouterTests()
    {
        _services.AddLogging(logging => logging.AddProvider(_logs));
        _services.AddSingleton<HandlerLog>();
        _slack = _services.AddSlack(TestOptions.EmptyConfiguration, TestOptions.Valid(new Uri("http://127.0.0.1:9/api/")));
        _services.AddSingleton(_api.Object);
    }

    private List<object> Handled => _provider!.GetRequiredService<HandlerLog>().All;

    [Fact]
    public async Task An_exact_id_goes_to_its_handler_with_the_clicked_action()
    {
        _slack.AddBlockActionHandler<Claims>("claim").AddBlockActionHandler<Shares>("share");

        await RouteAsync("share");

        Assert.Equal([new Routed(nameof(Shares), "share")], Handled);
    }

    [Fact]
    public async Task A_prefix_takes_every_id_that_starts_with_it()
    {
        _slack.AddBlockActionHandlerForPrefix<Claims>("checklist_");

        await RouteAsync("checklist_claim", "checklist_done", "other");

        Assert.Equal([new Routed(nameof(Claims), "checklist_claim"), new Routed(nameof(Claims), "checklist_done")], Handled);
    }

    [Fact]
    public async Task One_handler_may_take_several_routes_and_is_called_once_per_matching_action()
    {
        _slack.AddBlockActionHandler<Claims>("claim").AddBlockActionHandler<Claims>("unclaim");

        await RouteAsync("unclaim", "claim");

        Assert.Equal([new Routed(nameof(Claims), "unclaim"), new Routed(nameof(Claims), "claim")], Handled);
    }

    [Fact]
    public async Task An_action_no_route_matches_is_ignored_and_warned_about_once_per_id()
    {
        _slack.AddBlockActionHandler<Claims>("claim");

        await RouteAsync("stale_button");
        await RouteAsync("stale_button", "claim");
        await RouteAsync("other_stale_button");

        Assert.Equal([new Routed(nameof(Claims), "claim")], Handled);
        var warnings = _logs.Lines.Where(l => l.Contains("Warning: No block action handler", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("stale_button", warnings[0], StringComparison.Ordinal);
        Assert.Contains("other_stale_button", warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_handler_does_not_stop_the_requests_other_actions()
    {
        _slack.AddBlockActionHandler<Fails>("boom").AddBlockActionHandler<Claims>("claim");

        await RouteAsync("boom", "claim");

        Assert.Equal([new Routed(nameof(Claims), "claim")], Handled);
    }

    [Fact]
    public async Task The_clicker_is_told_once_when_a_handler_fails_and_the_message_is_left_as_it_was()
    {
        _slack.AddBlockActionHandler<Fails>("boom").AddBlockActionHandler<Fails>("bang");

        await RouteAsync("boom", "bang");

        _api.Verify(api => api.RespondAsync("https://hooks.slack.com/actions/T1/1/abc",
            It.Is<SlashCommandResponse>(r => r.ResponseType == ResponseType.Ephemeral && r.ReplaceOriginal == false && r.Text == new SlackOptions().CommandErrorText),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Nobody_is_told_anything_when_every_handler_succeeds()
    {
        _slack.AddBlockActionHandler<Claims>("claim");

        await RouteAsync("claim");

        _api.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("claim", false, "claim", false)]
    [InlineData("checklist_", true, "checklist_claim", false)]
    [InlineData("checklist_claim", false, "checklist_", true)]
    [InlineData("checklist_", true, "checklist_c", true)]
    [InlineData("checklist_c", true, "checklist_", true)]
    [InlineData("checklist_", true, "checklist_", true)]
    public void A_route_that_would_give_an_action_two_handlers_is_refused(string first, bool firstIsPrefix, string second, bool secondIsPrefix)
    {
        Add<Claims>(first, firstIsPrefix);

        var refused = Assert.Throws<InvalidOperationException>(() => Add<Shares>(second, secondIsPrefix));

        Assert.Contains($"\"{first}\" ({nameof(Claims)})", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Routes_that_share_only_part_of_a_prefix_do_not_overlap()
    {
        _slack.AddBlockActionHandlerForPrefix<Claims>("checklist_").AddBlockActionHandlerForPrefix<Shares>("check_").AddBlockActionHandler<Shares>("checklist");
    }

    private void Add<THandler>(string actionId, bool isPrefix)
        where THandler : class, IBlockActionHandler
    {
        if (isPrefix)
            _slack.AddBlockActionHandlerForPrefix<THandler>(actionId);
        else
            _slack.AddBlockActionHandler<THandler>(actionId);
    }

    private Task RouteAsync(params string[] actionIds)
    {
        _provider ??= _services.BuildServiceProvider();
        var request = new BlockActionRequest
        {
            Type = BlockActionRequest.PayloadType,
            User = new ActionUser { Id = "U1" },
            ResponseUrl = "https://hooks.slack.com/actions/T1/1/abc",
            Actions = [.. actionIds.Select(id => new BlockAction { ActionId = id })],
        };
        return _provider.GetRequiredService<BlockActionRouter>().RouteAsync(request, CancellationToken.None);
    }

    public void Dispose() => _provider?.Dispose();

    private sealed record Routed(string Handler, string ActionId);

    private abstract class Recording(HandlerLog log) : IBlockActionHandler
    {
        public Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken)
        {
            log.Record(new Routed(GetType().Name, action.ActionId));
            return Task.CompletedTask;
        }
    }

    private sealed class Claims(HandlerLog log) : Recording(log);

    private sealed class Shares(HandlerLog log) : Recording(log);

    private sealed class Fails : IBlockActionHandler
    {
        public Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
